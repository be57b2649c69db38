#!/bin/sh
# Test-only TLS material for tests/https.rs: a CA and a certificate for
# 127.0.0.1 and localhost that it signed, valid for 100 years. The keys are
# not secret; they exist so the HTTPS test needs no certificate crate.
# Run from this folder to make new ones.
set -eu
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout ca.key -out ca.pem -days 36500 -subj "/CN=workspace-tests CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign"
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout server.key -out server.csr -subj "/CN=127.0.0.1"
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
    -out server.pem -days 36500 -extfile server.ext
rm -f server.csr server.ext ca.srl ca.key

//! Security as plain data: the schemes operations use, the credentials a
//! client holds for them, and one authorizer per distinct requirement, each
//! spelling out which credential goes where.

use super::http::ParamLocation;
use super::naming::{self, Namespace};
use super::operations::{Operation, join_security};
use super::reserved;

/// A security scheme some operation uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeUse {
    /// The name in `components.securitySchemes`.
    pub name: String,
    pub kind: SchemeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// HTTP bearer, OAuth 2 and OpenID Connect: `Authorization: Bearer <token>`.
    Bearer,
    /// HTTP basic.
    Basic,
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        location: ParamLocation,
        name: String,
    },
}

/// Everything the `security` module and the request builders print.
#[derive(Debug, Clone, Default)]
pub struct Security {
    /// The schemes operations use, in order of first use.
    pub schemes: Vec<SchemeUse>,
    /// The fields of `Credentials`, each with a `ClientBuilder` setter.
    pub credentials: Vec<Credential>,
    /// The `authorize_*` functions; [`Operation::authorizer`] indexes them.
    pub authorizers: Vec<Authorizer>,
}

/// One credential a client holds. Bearer-like schemes share one token and
/// basic schemes one user and password, since a client has one of each;
/// each API key scheme has a key of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    /// The `Credentials` field, which is also the builder setter's name.
    pub name: String,
    /// The kind of the first scheme that uses it (all share it).
    pub kind: SchemeKind,
    /// The schemes it serves, as the spec names them.
    pub schemes: Vec<String>,
}

/// A function choosing which credentials a request sends: the first
/// alternative whose credentials are all set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorizer {
    /// `authorize_...`, unique.
    pub name: String,
    /// The requirement as the spec writes it (for its docs).
    pub alternatives: Vec<Vec<String>>,
    /// One per alternative that needs credentials, in spec order.
    pub branches: Vec<Vec<Apply>>,
    /// The query parameters that carry API keys, sorted, once each: the
    /// function then takes the query being built, and a stored page cursor
    /// leaves them out.
    pub query_keys: Vec<String>,
}

impl Authorizer {
    /// Whether some branch sets more than the query (the function's `auth`
    /// is then written to).
    pub fn fills_auth(&self) -> bool {
        self.branches
            .iter()
            .flatten()
            .any(|a| !matches!(a.target, Target::Query(_)))
    }
}

/// One credential applied to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Apply {
    /// Index into [`Security::credentials`].
    pub credential: usize,
    pub target: Target,
}

/// Where a credential goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// `Authorization: Basic ...`.
    Basic,
    /// A query parameter of this name.
    Query(String),
    /// A cookie of this name.
    Cookie(String),
    /// A header of this name.
    Header(String),
}

/// Decides the credentials and authorizers for the schemes the operations
/// use, and points each operation that needs credentials at its authorizer.
pub(crate) fn plan(schemes: Vec<SchemeUse>, operations: &mut [Operation]) -> Security {
    let credentials = credentials(&schemes);
    let mut authorizers: Vec<Authorizer> = Vec::new();
    // `a-b` and `a_b` make the same name; the second gets another.
    let mut names = Namespace::new();
    for op in operations.iter_mut().filter(|op| !op.security.is_empty()) {
        let index = match authorizers
            .iter()
            .position(|a| a.alternatives == op.security)
        {
            Some(i) => i,
            None => {
                let name = names.claim(&authorizer_name(&op.security));
                authorizers.push(authorizer(name, &op.security, &schemes, &credentials));
                authorizers.len() - 1
            }
        };
        op.authorizer = Some(index);
    }
    Security {
        schemes,
        credentials,
        authorizers,
    }
}

fn credentials(schemes: &[SchemeUse]) -> Vec<Credential> {
    let mut names = Namespace::new();
    names.reserve(reserved::CLIENT_BUILDER);
    let mut out: Vec<Credential> = Vec::new();
    for scheme in schemes {
        let shared = match &scheme.kind {
            SchemeKind::Bearer | SchemeKind::Basic => {
                out.iter_mut().find(|c| c.kind == scheme.kind)
            }
            SchemeKind::ApiKey { .. } => None,
        };
        if let Some(c) = shared {
            c.schemes.push(scheme.name.clone());
            continue;
        }
        let base = match &scheme.kind {
            SchemeKind::Bearer => "bearer_token".to_owned(),
            SchemeKind::Basic => "basic_auth".to_owned(),
            SchemeKind::ApiKey { .. } => naming::field_name(&scheme.name, "api_key"),
        };
        out.push(Credential {
            name: names.claim(&base),
            kind: scheme.kind.clone(),
            schemes: vec![scheme.name.clone()],
        });
    }
    out
}

fn authorizer_name(alternatives: &[Vec<String>]) -> String {
    let scheme = |s: &str| naming::bare(&naming::field_name(s, "scheme")).to_owned();
    format!(
        "authorize_{}",
        join_security(alternatives, scheme, "_and_", "_or_")
    )
}

fn authorizer(
    name: String,
    alternatives: &[Vec<String>],
    schemes: &[SchemeUse],
    credentials: &[Credential],
) -> Authorizer {
    let branches: Vec<Vec<Apply>> = alternatives
        .iter()
        .filter(|alt| !alt.is_empty())
        .map(|alt| {
            alt.iter()
                .filter_map(|s| {
                    let credential = credentials.iter().position(|c| c.schemes.contains(s))?;
                    let target = match &schemes.iter().find(|u| u.name == *s)?.kind {
                        SchemeKind::Bearer => Target::Bearer,
                        SchemeKind::Basic => Target::Basic,
                        SchemeKind::ApiKey { location, name } => match location {
                            ParamLocation::Query => Target::Query(name.clone()),
                            ParamLocation::Cookie => Target::Cookie(name.clone()),
                            _ => Target::Header(name.clone()),
                        },
                    };
                    Some(Apply { credential, target })
                })
                .collect()
        })
        .collect();
    let mut query_keys: Vec<String> = branches
        .iter()
        .flatten()
        .filter_map(|a| match &a.target {
            Target::Query(name) => Some(name.clone()),
            _ => None,
        })
        .collect();
    query_keys.sort_unstable();
    query_keys.dedup();
    Authorizer {
        name,
        alternatives: alternatives.to_vec(),
        branches,
        query_keys,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scheme(name: &str, kind: SchemeKind) -> SchemeUse {
        SchemeUse {
            name: name.to_owned(),
            kind,
        }
    }

    fn key(location: ParamLocation, name: &str) -> SchemeKind {
        SchemeKind::ApiKey {
            location,
            name: name.to_owned(),
        }
    }

    #[test]
    fn bearer_schemes_share_a_token_and_keys_keep_their_own() {
        let schemes = [
            scheme("oauth", SchemeKind::Bearer),
            scheme("jwt", SchemeKind::Bearer),
            scheme("key", key(ParamLocation::Header, "X-Key")),
            scheme("build", key(ParamLocation::Query, "k")),
        ];
        let names: Vec<(String, Vec<String>)> = credentials(&schemes)
            .into_iter()
            .map(|c| (c.name, c.schemes))
            .collect();
        assert_eq!(
            names,
            [
                (
                    "bearer_token".to_owned(),
                    vec!["oauth".to_owned(), "jwt".to_owned()]
                ),
                ("key".to_owned(), vec!["key".to_owned()]),
                // `build` is the builder's own method.
                ("build_2".to_owned(), vec!["build".to_owned()]),
            ]
        );
    }

    #[test]
    fn one_authorizer_per_requirement_with_its_targets() {
        let schemes = vec![
            scheme("a-b", SchemeKind::Bearer),
            scheme("a_b", key(ParamLocation::Query, "api_key")),
            scheme("session", key(ParamLocation::Cookie, "sid")),
        ];
        let mut ops = crate::ir::operations::test_operations(&[
            vec![vec!["a-b".to_owned()]],
            vec![],
            vec![vec!["a_b".to_owned()], vec!["session".to_owned()], vec![]],
            vec![vec!["a-b".to_owned()]],
        ]);
        let security = plan(schemes, &mut ops);
        let chosen: Vec<Option<usize>> = ops.iter().map(|o| o.authorizer).collect();
        assert_eq!(chosen, [Some(0), None, Some(1), Some(0)]);
        let [first, second] = security.authorizers.as_slice() else {
            panic!("two authorizers: {:?}", security.authorizers);
        };
        assert_eq!(first.name, "authorize_a_b");
        assert_eq!(second.name, "authorize_a_b_or_session_or_none");
        assert_eq!(
            second.branches,
            [
                vec![Apply {
                    credential: 1,
                    target: Target::Query("api_key".to_owned())
                }],
                vec![Apply {
                    credential: 2,
                    target: Target::Cookie("sid".to_owned())
                }],
            ]
        );
        assert_eq!(second.query_keys, ["api_key"]);
        assert!(first.fills_auth() && second.fills_auth());
    }

    #[test]
    fn colliding_authorizer_names_get_another() {
        let schemes = vec![
            scheme("a-b", SchemeKind::Bearer),
            scheme("a_b", key(ParamLocation::Query, "k")),
        ];
        let mut ops = crate::ir::operations::test_operations(&[
            vec![vec!["a-b".to_owned()]],
            vec![vec!["a_b".to_owned()]],
        ]);
        let security = plan(schemes, &mut ops);
        let names: Vec<&str> = security
            .authorizers
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(names, ["authorize_a_b", "authorize_a_b_2"]);
        assert!(!security.authorizers[1].fills_auth());
    }
}

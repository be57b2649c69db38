//! Responses: which statuses succeed, their bodies, the success type (an
//! enum of them when they differ), the error body and the `Accept` header.

use super::*;
use crate::ir::dispatch::{Arm, Read, merge, status_range, subtract};

impl OperationLowering<'_, '_, '_> {
    pub(super) fn responses(&mut self, camel: &str) -> Result<Vec<ResponseCase>, Diagnostic> {
        let responses_at = self.at.push("responses");
        let mut cases = Vec::new();
        let mut all: Vec<(StatusMatch, &ReferenceOr<Response>, Pointer)> = Vec::new();
        for (code, r) in &self.op.responses.responses {
            let status = match code {
                StatusCode::Code(c) => StatusMatch::Code(*c),
                StatusCode::Range(r) => StatusMatch::Range(*r),
            };
            all.push((status, r, responses_at.push(&code.to_string())));
        }
        if let Some(d) = &self.op.responses.default {
            all.push((StatusMatch::Default, d, responses_at.push("default")));
        }
        all.sort_by_key(|(s, _, _)| match s {
            StatusMatch::Code(_) => 0,
            StatusMatch::Range(_) => 1,
            StatusMatch::Default => 2,
        });
        let successes = success_statuses(all.iter().map(|(s, _, _)| *s));
        for (status, r, at) in all {
            let (response, at) = resolve::follow(self.spec, r, &at, &resolve::RESPONSES)?;
            let success = successes.contains(&status);
            let body = match preferred_media(&response.content) {
                None => None,
                Some((content_type, media_type)) => {
                    let media = media_of(content_type);
                    let name = if success {
                        format!("{camel}Response")
                    } else {
                        format!("{camel}Error")
                    };
                    let hint = Hint::derived(name, Some(&response.description));
                    let ty = self.media_type(
                        media,
                        media_type,
                        &at.push("content"),
                        content_type,
                        hint,
                    )?;
                    Some((ty, media))
                }
            };
            cases.push(ResponseCase {
                status,
                success,
                body,
                headers: response.headers.keys().cloned().collect(),
                description: response.description.clone(),
            });
        }
        Ok(cases)
    }

    /// Success responses with different bodies: an enum with a variant each.
    pub(super) fn response_enum(
        &mut self,
        camel: &str,
        responses: &[ResponseCase],
    ) -> (Success, Vec<ResponseVariant>) {
        let mut names = Namespace::new();
        let variants = responses
            .iter()
            .filter(|r| r.success)
            .map(|r| {
                let status = r.status;
                ResponseVariant {
                    name: names.claim(&status_variant(r.status)),
                    status: r.status,
                    body: r.body.clone(),
                    docs: Docs::from_spec(
                        Some(&format!("`{status}`: {}", r.description)),
                        None,
                        &[],
                    ),
                }
            })
            .collect::<Vec<_>>();
        let docs = Docs::from_spec(
            Some(&format!(
                "The successful responses of `{}`, which differ in their bodies.",
                self.path
            )),
            None,
            &[],
        );
        let id = self.lowering.add_type(
            &format!("{camel}Response"),
            self.at,
            docs,
            TypeKind::Responses(variants.clone()),
            self.index,
        );
        (Success::Variants(id), variants)
    }
}

/// The dispatch arms, in spec order. `variants` are those of the response
/// enum, when the successes differ in their bodies.
pub(super) fn dispatch(
    success: &Success,
    responses: &[ResponseCase],
    variants: &[ResponseVariant],
) -> Vec<Arm> {
    let successes = responses.iter().filter(|r| r.success);
    match success {
        // One way to read every success: all success statuses, and any 2xx
        // the spec does not list, share one arm.
        Success::Empty | Success::Body(..) => {
            let ranges = std::iter::once((200, 299))
                .chain(successes.map(|r| status_range(r.status)))
                .collect();
            let read = match success {
                Success::Body(_, media) => Read::Body(*media),
                _ => Read::Empty,
            };
            vec![Arm {
                statuses: merge(ranges),
                read,
            }]
        }
        // Each arm leaves out what arms before it matched.
        Success::Optional(_, media) => {
            let mut taken = Vec::new();
            successes
                .filter_map(|r| {
                    let read = if r.body.is_some() {
                        Read::SomeBody(*media)
                    } else {
                        Read::NoBody
                    };
                    arm(r.status, &mut taken, read)
                })
                .collect()
        }
        Success::Variants(_) => {
            let mut taken = Vec::new();
            variants
                .iter()
                .filter_map(|v| {
                    let read = Read::Variant {
                        name: v.name.clone(),
                        body: v.body.as_ref().map(|(_, media)| *media),
                    };
                    arm(v.status, &mut taken, read)
                })
                .collect()
        }
    }
}

/// The arm for `status`, without what earlier arms took; `None` when they
/// took all of it.
fn arm(status: StatusMatch, taken: &mut Vec<(u16, u16)>, read: Read) -> Option<Arm> {
    let statuses = subtract(status_range(status), taken);
    taken.push(status_range(status));
    (!statuses.is_empty()).then_some(Arm { statuses, read })
}

/// The media type a response is read as: JSON when offered.
fn preferred_media(
    content: &indexmap::IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType)> {
    content
        .iter()
        .find(|(m, _)| media_of(m) == Media::Json)
        .or_else(|| content.iter().next())
}

/// Which of the documented statuses mean success: the 2xx ones; with none,
/// the 3xx ones (an operation that only redirects); with neither, `default`.
fn success_statuses(statuses: impl Iterator<Item = StatusMatch> + Clone) -> Vec<StatusMatch> {
    let in_class = |class: u16| {
        statuses
            .clone()
            .filter(move |s| match s {
                StatusMatch::Code(c) => c / 100 == class,
                StatusMatch::Range(r) => *r == class,
                StatusMatch::Default => false,
            })
            .collect::<Vec<_>>()
    };
    let ok = in_class(2);
    if !ok.is_empty() {
        return ok;
    }
    let redirects = in_class(3);
    if !redirects.is_empty() {
        return redirects;
    }
    statuses.filter(|s| *s == StatusMatch::Default).collect()
}

/// The `Accept` header: what the first success response with a body is.
pub(super) fn accept_of(responses: &[ResponseCase]) -> &'static str {
    let success_media = responses
        .iter()
        .filter(|r| r.success)
        .find_map(|r| r.body.as_ref().map(|(_, m)| *m));
    match success_media {
        Some(Media::Text) => "text/plain, application/json;q=0.9",
        Some(Media::Bytes) => "*/*",
        _ => "application/json",
    }
}

/// The success type when the success responses agree on a body (or have
/// none); `None` when their bodies differ.
pub(super) fn success_of(responses: &[ResponseCase]) -> Option<Success> {
    let successes: Vec<&ResponseCase> = responses.iter().filter(|r| r.success).collect();
    let bodies: Vec<&(TypeRef, Media)> = successes.iter().filter_map(|r| r.body.as_ref()).collect();
    match bodies.first() {
        None => Some(Success::Empty),
        Some(first) if bodies.iter().all(|b| b == first) => {
            let (ty, media) = (*first).clone();
            Some(if bodies.len() == successes.len() {
                Success::Body(ty, media)
            } else {
                Success::Optional(ty, media)
            })
        }
        Some(_) => None,
    }
}

/// A variant name for a success status.
fn status_variant(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(c) => match c {
            200 => "Ok".to_owned(),
            201 => "Created".to_owned(),
            202 => "Accepted".to_owned(),
            203 => "NonAuthoritativeInformation".to_owned(),
            204 => "NoContent".to_owned(),
            205 => "ResetContent".to_owned(),
            206 => "PartialContent".to_owned(),
            207 => "MultiStatus".to_owned(),
            301 => "MovedPermanently".to_owned(),
            302 => "Found".to_owned(),
            303 => "SeeOther".to_owned(),
            304 => "NotModified".to_owned(),
            307 => "TemporaryRedirect".to_owned(),
            308 => "PermanentRedirect".to_owned(),
            other => format!("Status{other}"),
        },
        StatusMatch::Range(class) => format!("Status{class}xx"),
        StatusMatch::Default => "Default".to_owned(),
    }
}

pub(super) fn error_body_of(responses: &[ResponseCase]) -> TypeRef {
    let bodies: Vec<&TypeRef> = responses
        .iter()
        .filter(|r| !r.success)
        .filter_map(|r| r.body.as_ref())
        .filter(|(_, media)| *media == Media::Json)
        .map(|(ty, _)| ty)
        .collect();
    match bodies.first() {
        Some(first) if bodies.iter().all(|b| b == first) => (*first).clone(),
        _ => TypeRef::Json,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn success_statuses_prefer_2xx_then_3xx_then_default() {
        use StatusMatch::*;
        let v = |s: &[StatusMatch]| success_statuses(s.iter().copied());
        assert_eq!(v(&[Code(200), Code(404), Default]), [Code(200)]);
        assert_eq!(v(&[Code(201), Range(2), Default]), [Code(201), Range(2)]);
        assert_eq!(v(&[Code(303), Default]), [Code(303)]);
        assert_eq!(v(&[Default]), [Default]);
        assert_eq!(v(&[Code(400)]), Vec::<StatusMatch>::new());
    }

    fn response(status: StatusMatch, body: bool) -> ResponseCase {
        ResponseCase {
            status,
            success: true,
            body: body.then_some((TypeRef::String, Media::Json)),
            headers: Vec::new(),
            description: String::new(),
        }
    }

    #[test]
    fn one_body_takes_every_success_status_in_one_arm() {
        let mut op = crate::ir::operations::test_operations(&[vec![]]).remove(0);
        op.responses = vec![
            response(StatusMatch::Code(200), true),
            response(StatusMatch::Code(304), true),
        ];
        op.success = Success::Body(TypeRef::String, Media::Json);
        assert_eq!(
            dispatch(&op.success, &op.responses, &[]),
            [Arm {
                statuses: vec![(200, 299), (304, 304)],
                read: Read::Body(Media::Json)
            }]
        );
    }

    #[test]
    fn an_optional_body_reads_by_status_and_earlier_arms_win() {
        let mut op = crate::ir::operations::test_operations(&[vec![]]).remove(0);
        op.responses = vec![
            response(StatusMatch::Code(204), false),
            response(StatusMatch::Range(2), true),
        ];
        op.success = Success::Optional(TypeRef::String, Media::Json);
        assert_eq!(
            dispatch(&op.success, &op.responses, &[]),
            [
                Arm {
                    statuses: vec![(204, 204)],
                    read: Read::NoBody
                },
                Arm {
                    statuses: vec![(200, 203), (205, 299)],
                    read: Read::SomeBody(Media::Json)
                },
            ]
        );
    }
}

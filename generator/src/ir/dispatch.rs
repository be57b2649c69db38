//! How a response's status picks the way it is read: the arms of the
//! `match response.status()` each request ends with.

use super::http::{Media, StatusMatch};
use super::operations::{Operation, Success};
use super::types::{TypeKind, TypeSet};

/// One arm: the statuses it takes (no two arms overlap) and how the
/// response is read. Statuses no arm takes are errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arm {
    /// Inclusive ranges, sorted; `(204, 204)` is one status.
    pub statuses: Vec<(u16, u16)>,
    pub read: Read,
}

/// How a success response becomes the value `send()` returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// `()`: the body, if any, is not read.
    Empty,
    /// The body, decoded as `media`.
    Body(Media),
    /// `Some` of the body, for a success type that is `Option<T>`.
    SomeBody(Media),
    /// `None`, for a status whose response has no body.
    NoBody,
    /// The variant of the operation's response enum, with the variant's
    /// body read as this media type (`None`: no body).
    Variant { name: String, body: Option<Media> },
}

/// The arms of an operation, in spec order.
pub(crate) fn arms(op: &Operation, types: &TypeSet) -> Vec<Arm> {
    let successes = op.responses.iter().filter(|r| r.success);
    match &op.success {
        // One way to read every success: all success statuses, and any 2xx
        // the spec does not list, share one arm.
        Success::Empty | Success::Body(..) => {
            let ranges = std::iter::once((200, 299))
                .chain(successes.map(|r| status_range(r.status)))
                .collect();
            let read = match op.success {
                Success::Body(_, media) => Read::Body(media),
                _ => Read::Empty,
            };
            vec![Arm {
                statuses: merge(ranges),
                read,
            }]
        }
        // Each arm leaves out what arms before it matched.
        success => {
            let mut arms = Vec::new();
            let mut taken: Vec<(u16, u16)> = Vec::new();
            for r in successes {
                let statuses = subtract(status_range(r.status), &taken);
                taken.push(status_range(r.status));
                if statuses.is_empty() {
                    continue;
                }
                let read = match success {
                    Success::Optional(_, media) if r.body.is_some() => Read::SomeBody(*media),
                    Success::Optional(..) => Read::NoBody,
                    Success::Variants(id) => match &types.get(*id).kind {
                        TypeKind::Responses(variants) => {
                            match variants.iter().find(|v| v.status == r.status) {
                                Some(v) => Read::Variant {
                                    name: v.name.clone(),
                                    body: v.body.as_ref().map(|(_, media)| *media),
                                },
                                // Every success response has a variant.
                                None => continue,
                            }
                        }
                        _ => continue,
                    },
                    Success::Empty | Success::Body(..) => continue,
                };
                arms.push(Arm { statuses, read });
            }
            arms
        }
    }
}

/// The statuses a response stands for; `default` as a success means any 2xx.
fn status_range(status: StatusMatch) -> (u16, u16) {
    match status {
        StatusMatch::Code(c) => (c, c),
        StatusMatch::Range(class) => (class * 100, class * 100 + 99),
        StatusMatch::Default => (200, 299),
    }
}

/// Sorted, overlapping and adjacent ranges joined.
fn merge(mut ranges: Vec<(u16, u16)>) -> Vec<(u16, u16)> {
    ranges.sort_unstable();
    let mut out: Vec<(u16, u16)> = Vec::new();
    for (lo, hi) in ranges {
        match out.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

/// `range` without the statuses in `taken`.
fn subtract(range: (u16, u16), taken: &[(u16, u16)]) -> Vec<(u16, u16)> {
    let mut pieces = vec![range];
    for &(t_lo, t_hi) in taken {
        pieces = pieces
            .into_iter()
            .flat_map(|(lo, hi)| {
                let mut keep = Vec::new();
                if t_hi < lo || t_lo > hi {
                    keep.push((lo, hi));
                } else {
                    if t_lo > lo {
                        keep.push((lo, t_lo - 1));
                    }
                    if t_hi < hi {
                        keep.push((t_hi + 1, hi));
                    }
                }
                keep
            })
            .collect();
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::TypeRef;
    use crate::ir::operations::{ResponseCase, test_operations};

    #[test]
    fn status_ranges() {
        assert_eq!(
            merge(vec![(200, 299), (200, 200), (303, 303), (304, 310)]),
            [(200, 299), (303, 310)]
        );
        assert_eq!(
            subtract((200, 299), &[(204, 204)]),
            [(200, 203), (205, 299)]
        );
        assert_eq!(
            subtract((204, 204), &[(200, 299)]),
            Vec::<(u16, u16)>::new()
        );
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
        let mut op = test_operations(&[vec![]]).remove(0);
        op.responses = vec![
            response(StatusMatch::Code(200), true),
            response(StatusMatch::Code(304), true),
        ];
        op.success = Success::Body(TypeRef::String, Media::Json);
        assert_eq!(
            arms(&op, &TypeSet::default()),
            [Arm {
                statuses: vec![(200, 299), (304, 304)],
                read: Read::Body(Media::Json)
            }]
        );
    }

    #[test]
    fn an_optional_body_reads_by_status_and_earlier_arms_win() {
        let mut op = test_operations(&[vec![]]).remove(0);
        op.responses = vec![
            response(StatusMatch::Code(204), false),
            response(StatusMatch::Range(2), true),
        ];
        op.success = Success::Optional(TypeRef::String, Media::Json);
        assert_eq!(
            arms(&op, &TypeSet::default()),
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

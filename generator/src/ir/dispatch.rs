//! How a response's status picks the way it is read: the arms of the
//! `match response.status()` each request ends with, and the status-range
//! arithmetic that keeps them apart. `lower_ops` decides the arms.

use super::http::{Media, StatusMatch};

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

/// The statuses a response stands for; `default` as a success means any 2xx.
pub(crate) fn status_range(status: StatusMatch) -> (u16, u16) {
    match status {
        StatusMatch::Code(c) => (c, c),
        StatusMatch::Range(class) => (class * 100, class * 100 + 99),
        StatusMatch::Default => (200, 299),
    }
}

/// Sorted, overlapping and adjacent ranges joined.
pub(crate) fn merge(mut ranges: Vec<(u16, u16)>) -> Vec<(u16, u16)> {
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
pub(crate) fn subtract(range: (u16, u16), taken: &[(u16, u16)]) -> Vec<(u16, u16)> {
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
}

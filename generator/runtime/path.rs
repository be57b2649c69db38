//! Path parameters.

use crate::error::InvalidRequest;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use std::borrow::Cow;

/// Everything but the unreserved characters of RFC 3986, so a value is
/// always exactly one path segment: `a/b?c d#e` becomes `a%2Fb%3Fc%20d%23e`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Encodes a path parameter as one segment. Empty values, `.` and `..`
/// would change which route the request reaches, so they are refused before
/// anything is sent.
pub(crate) fn segment<'v>(name: &str, value: &'v str) -> Result<Cow<'v, str>, InvalidRequest> {
    match value {
        "" => Err(InvalidRequest::new(format!(
            "path parameter `{name}` is empty, which would change the request's route"
        ))),
        "." | ".." => Err(InvalidRequest::new(format!(
            "path parameter `{name}` is `{value}`, which would change the request's route"
        ))),
        _ => Ok(utf8_percent_encode(value, SEGMENT).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::segment;

    #[test]
    fn values_stay_one_segment() {
        assert_eq!(segment("id", "a/b?c d#e").unwrap(), "a%2Fb%3Fc%20d%23e");
        assert_eq!(segment("id", "plain-id_1.2~x").unwrap(), "plain-id_1.2~x");
        assert_eq!(segment("id", "ü%").unwrap(), "%C3%BC%25");
    }

    #[test]
    fn route_changing_values_are_refused() {
        for bad in ["", ".", ".."] {
            assert!(segment("id", bad).is_err(), "{bad:?}");
        }
    }
}

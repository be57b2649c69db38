//! Sending a request again when the server or the network says that a later
//! try may work: which requests, after what, and how long to wait.

use reqwest::header::HeaderValue;
use reqwest::{Method, StatusCode};
use std::time::{Duration, SystemTime};

/// When a [`Client`](crate::Client) sends a request again, set with
/// [`ClientBuilder::retry`](crate::ClientBuilder::retry).
///
/// By default ([`Retry::default`]) a request whose method is idempotent
/// (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`) is tried up to 3
/// times in all when the answer is 429, 502, 503 or 504, or when no answer
/// came because the connection failed. Before each new try the client waits
/// what the server's `Retry-After` header asks (seconds or an HTTP date), or
/// else a random time up to 250 ms, doubling with each try up to 8 s ("full
/// jitter", so that many clients do not come back at once). When
/// `Retry-After` asks for more than 30 s, or the wait would end past the
/// client's timeout counted from the first try, the last answer is returned
/// at once instead. `POST` and `PATCH` are sent once unless
/// [`every_method`](Retry::every_method) says otherwise: sending them twice
/// may do their work twice. A body that cannot be copied (a streamed
/// multipart file) is sent once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retry {
    attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    statuses: Vec<StatusCode>,
    every_method: bool,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(30),
            statuses: [429, 502, 503, 504]
                .into_iter()
                .filter_map(|s| StatusCode::from_u16(s).ok())
                .collect(),
            every_method: false,
        }
    }
}

impl Retry {
    /// Every request is sent once.
    pub fn never() -> Self {
        Retry::default().attempts(1)
    }

    /// How many times a request is sent at most, the first included (at
    /// least 1).
    pub fn attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts.max(1);
        self
    }

    /// The longest random wait before the second try; it doubles with each
    /// try after that.
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest random wait before any try.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest `Retry-After` honoured; past it, the answer is returned
    /// at once.
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// The statuses that are tried again (by default 429, 502, 503, 504).
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = StatusCode>) -> Self {
        self.statuses = statuses.into_iter().collect();
        self
    }

    /// Whether `POST` and `PATCH` requests are tried again too (by default
    /// not).
    pub fn every_method(mut self, every_method: bool) -> Self {
        self.every_method = every_method;
        self
    }

    /// Whether a request of `method` may be sent again after try `attempt`
    /// (counted from 1).
    pub(crate) fn allows(&self, method: &Method, attempt: u32) -> bool {
        let idempotent = matches!(
            *method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
        );
        attempt < self.attempts && (idempotent || self.every_method)
    }

    /// Whether an answer with `status` is worth another try.
    pub(crate) fn retries_status(&self, status: StatusCode) -> bool {
        self.statuses.contains(&status)
    }

    /// How long to wait before the try after `attempt`, given the answer's
    /// `Retry-After`; `None` when the server asks for longer than is honoured.
    pub(crate) fn wait(&self, attempt: u32, retry_after: Option<&HeaderValue>) -> Option<Duration> {
        match retry_after.and_then(|value| retry_after_delay(value, SystemTime::now())) {
            Some(asked) if asked > self.max_retry_after => None,
            Some(asked) => Some(asked),
            None => Some(jitter(self.backoff_ceiling(attempt))),
        }
    }

    /// The longest random wait before the try after `attempt`.
    fn backoff_ceiling(&self, attempt: u32) -> Duration {
        let doubling = 2u32.saturating_pow(attempt.saturating_sub(1));
        self.base_delay.saturating_mul(doubling).min(self.max_delay)
    }
}

/// A `Retry-After` value as a wait from `now`: whole seconds, or an HTTP
/// date (a date already past is no wait). Anything else is ignored.
fn retry_after_delay(value: &HeaderValue, now: SystemTime) -> Option<Duration> {
    let text = value.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(text).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A random time from zero to `ceiling`. The randomness is the standard
/// library's per-process hash keys, mixed with the clock: enough to spread
/// clients apart, which is all a backoff needs.
fn jitter(ceiling: Duration) -> Duration {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    let fraction = (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64;
    ceiling.mul_f64(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_idempotent_methods_are_tried_again_unless_asked() {
        let retry = Retry::default();
        assert!(retry.allows(&Method::GET, 1) && retry.allows(&Method::DELETE, 2));
        assert!(!retry.allows(&Method::GET, 3), "3 tries in all");
        assert!(!retry.allows(&Method::POST, 1) && !retry.allows(&Method::PATCH, 1));
        assert!(retry.clone().every_method(true).allows(&Method::POST, 1));
        assert!(!Retry::never().allows(&Method::GET, 1));
        assert!(!retry.attempts(0).allows(&Method::GET, 1), "at least one try, no more");
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        let value = |text: &str| HeaderValue::from_str(text).unwrap();
        assert_eq!(retry_after_delay(&value("7"), now), Some(Duration::from_secs(7)));
        let date = value("Sun, 06 Nov 1994 08:49:40 GMT");
        assert_eq!(retry_after_delay(&date, now), Some(Duration::from_secs(3)));
        let past = value("Sun, 06 Nov 1994 08:49:00 GMT");
        assert_eq!(retry_after_delay(&past, now), Some(Duration::ZERO));
        assert_eq!(retry_after_delay(&value("soon"), now), None);
        assert_eq!(retry_after_delay(&value("-1"), now), None);
    }

    #[test]
    fn a_retry_after_past_the_cap_is_not_waited_for() {
        let retry = Retry::default();
        let asked = HeaderValue::from_static("31");
        assert_eq!(retry.wait(1, Some(&asked)), None);
        let asked = HeaderValue::from_static("2");
        assert_eq!(retry.wait(1, Some(&asked)), Some(Duration::from_secs(2)));
    }

    #[test]
    fn backoff_doubles_up_to_its_cap_and_stays_under_it() {
        let retry = Retry::default();
        assert_eq!(retry.backoff_ceiling(1), Duration::from_millis(250));
        assert_eq!(retry.backoff_ceiling(3), Duration::from_secs(1));
        assert_eq!(retry.backoff_ceiling(40), Duration::from_secs(8));
        for attempt in 1..6 {
            let wait = retry.wait(attempt, None).unwrap();
            assert!(wait <= retry.backoff_ceiling(attempt), "{wait:?}");
        }
    }
}

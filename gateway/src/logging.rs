//! Log lines as JSON (`--log-format json`): one object per event, `timestamp` (RFC 3339, UTC,
//! milliseconds), `level`, `message` and the event's own fields at the top level, for the
//! agency's log shipper.
//!
//! A layer of our own rather than tracing-subscriber's `json` feature: the runtime's crates
//! use tracing-subscriber too, so turning a feature of it on for the gateway would rebuild
//! them all in the workspace's test and lint builds.

use serde_json::{Map, Value};
use std::{
	io::Write,
	time::{SystemTime, UNIX_EPOCH},
};
use tracing::{
	field::{Field, Visit},
	Event, Subscriber,
};
use tracing_subscriber::{fmt::MakeWriter, layer::Context, Layer};

/// Writes each event as one JSON line to what `make` gives.
pub struct JsonLines<M> {
	make: M,
}

impl<M> JsonLines<M> {
	pub fn new(make: M) -> Self {
		Self { make }
	}
}

/// The event's fields, as JSON values.
struct Fields(Map<String, Value>);

impl Visit for Fields {
	fn record_str(&mut self, field: &Field, value: &str) {
		self.0.insert(field.name().into(), value.into());
	}
	fn record_u64(&mut self, field: &Field, value: u64) {
		self.0.insert(field.name().into(), value.into());
	}
	fn record_i64(&mut self, field: &Field, value: i64) {
		self.0.insert(field.name().into(), value.into());
	}
	fn record_bool(&mut self, field: &Field, value: bool) {
		self.0.insert(field.name().into(), value.into());
	}
	fn record_f64(&mut self, field: &Field, value: f64) {
		self.0.insert(field.name().into(), value.into());
	}
	fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
		self.0.insert(field.name().into(), format!("{value:?}").into());
	}
}

impl<S, M> Layer<S> for JsonLines<M>
where
	S: Subscriber,
	M: for<'w> MakeWriter<'w> + 'static,
{
	fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
		let mut line = Map::new();
		line.insert("timestamp".into(), rfc3339_millis(SystemTime::now()).into());
		line.insert("level".into(), event.metadata().level().as_str().into());
		let mut fields = Fields(Map::new());
		event.record(&mut fields);
		// `message` first after the level, then the fields; a field cannot replace the
		// timestamp or the level.
		if let Some(message) = fields.0.remove("message") {
			line.insert("message".into(), message);
		}
		for (name, value) in fields.0 {
			line.entry(name).or_insert(value);
		}
		let mut bytes = serde_json::to_vec(&Value::Object(line)).expect("a map serializes");
		bytes.push(b'\n');
		// One write a line, so that lines from several threads do not interleave.
		let _ = self.make.make_writer().write_all(&bytes);
	}
}

/// `at` as RFC 3339 in UTC with milliseconds, e.g. `2026-12-02T06:09:52.123Z`.
pub fn rfc3339_millis(at: SystemTime) -> String {
	let since = at.duration_since(UNIX_EPOCH).unwrap_or_default();
	let seconds = since.as_secs();
	let (days, of_day) = (seconds / 86_400, seconds % 86_400);
	let (year, month, day) = civil_from_days(days as i64);
	format!(
		"{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
		of_day / 3_600,
		of_day % 3_600 / 60,
		of_day % 60,
		since.subsec_millis()
	)
}

/// The proleptic Gregorian date `days` after 1970-01-01 (the days-to-civil algorithm: eras of
/// 400 years, years starting in March so that the leap day ends a year).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
	let z = days + 719_468;
	let era = z.div_euclid(146_097);
	let day_of_era = z.rem_euclid(146_097);
	let year_of_era =
		(day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let shifted_month = (5 * day_of_year + 2) / 153;
	let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
	let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u32;
	let year = year_of_era + era * 400 + i64::from(month <= 2);
	(year, month, day)
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::{
		sync::{Arc, Mutex},
		time::Duration,
	};
	use tracing_subscriber::layer::SubscriberExt;

	#[test]
	fn timestamps_are_rfc3339_in_utc_across_month_year_and_leap_days() {
		let at = |seconds: u64, millis: u64| {
			rfc3339_millis(UNIX_EPOCH + Duration::from_millis(seconds * 1_000 + millis))
		};
		assert_eq!(at(0, 0), "1970-01-01T00:00:00.000Z");
		assert_eq!(at(951_782_400, 5), "2000-02-29T00:00:00.005Z");
		assert_eq!(at(1_709_251_199, 999), "2024-02-29T23:59:59.999Z");
		assert_eq!(at(1_709_251_200, 0), "2024-03-01T00:00:00.000Z");
		assert_eq!(at(1_798_761_599, 0), "2026-12-31T23:59:59.000Z");
		assert_eq!(at(1_798_761_600, 0), "2027-01-01T00:00:00.000Z");
		assert_eq!(at(4_107_542_400, 0), "2100-03-01T00:00:00.000Z");
	}

	/// A writer into a shared buffer.
	#[derive(Clone, Default)]
	struct Buffer(Arc<Mutex<Vec<u8>>>);

	impl Write for Buffer {
		fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
			self.0.lock().unwrap().extend_from_slice(bytes);
			Ok(bytes.len())
		}
		fn flush(&mut self) -> std::io::Result<()> {
			Ok(())
		}
	}

	impl<'w> MakeWriter<'w> for Buffer {
		type Writer = Buffer;
		fn make_writer(&'w self) -> Self::Writer {
			self.clone()
		}
	}

	#[test]
	fn each_event_is_one_json_line_with_its_fields_at_the_top() {
		let buffer = Buffer::default();
		let subscriber = tracing_subscriber::registry().with(JsonLines::new(buffer.clone()));
		tracing::subscriber::with_default(subscriber, || {
			let root = "ab\"c\nd";
			tracing::info!(record = 7u64, block = 40u32, "record erased on chain");
			tracing::warn!(delivery = 3u64, erased = true, root = %root, level = "forged", "a delivery disputed");
		});
		let text = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
		let lines: Vec<Value> =
			text.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
		assert_eq!(lines.len(), 2, "{text}");
		assert_eq!(lines[0]["level"], "INFO");
		assert_eq!(lines[0]["message"], "record erased on chain");
		assert_eq!(lines[0]["record"], 7);
		assert_eq!(lines[0]["block"], 40);
		assert!(lines[0]["timestamp"].as_str().unwrap().ends_with('Z'));
		assert_eq!(lines[1]["level"], "WARN", "a field does not replace the level");
		assert_eq!(lines[1]["erased"], true);
		assert_eq!(
			lines[1]["root"], "ab\"c\nd",
			"a value with quotes and a newline stays one line"
		);
	}
}

//! `civitas-gateway bench-fetch`: fetch one URL (a gateway's inward face, usually
//! `/v1/fetch/payloads/{resource}`) many times over `concurrency` kept-alive HTTP/1.1
//! connections, reading every body to its end without keeping it, and report the rate, the
//! latencies and the throughput. scripts/bench-gateway.sh runs it.

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use serde::Serialize;
use std::{
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
	time::{Duration, Instant},
};
use tokio::net::TcpStream;

/// What a run measured.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Report {
	pub requests: usize,
	pub ok: usize,
	pub failed: usize,
	pub concurrency: usize,
	pub seconds: f64,
	pub per_second: f64,
	pub p50_ms: f64,
	pub p99_ms: f64,
	pub max_ms: f64,
	pub bytes: u64,
	pub mib_per_second: f64,
}

fn millis(duration: Duration) -> f64 {
	(duration.as_secs_f64() * 1_000.0 * 100.0).round() / 100.0
}

/// The `q` quantile of sorted `latencies`.
fn quantile(latencies: &[Duration], q: f64) -> Duration {
	if latencies.is_empty() {
		return Duration::ZERO;
	}
	let index = ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
	latencies[index]
}

struct Worker {
	latencies: Vec<Duration>,
	failed: usize,
	bytes: u64,
}

async fn work(
	authority: String,
	path: String,
	next: Arc<AtomicUsize>,
	requests: usize,
) -> Result<Worker, String> {
	let tcp = TcpStream::connect(&authority).await.map_err(|e| format!("{authority}: {e}"))?;
	tcp.set_nodelay(true).map_err(|e| e.to_string())?;
	let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tcp))
		.await
		.map_err(|e| e.to_string())?;
	tokio::spawn(connection);
	let mut worker = Worker { latencies: Vec::new(), failed: 0, bytes: 0 };
	while next.fetch_add(1, Ordering::Relaxed) < requests {
		let started = Instant::now();
		sender.ready().await.map_err(|e| e.to_string())?;
		let request = http::Request::get(&path)
			.header(http::header::HOST, &authority)
			.body(Empty::<Bytes>::new())
			.map_err(|e| e.to_string())?;
		let response = sender.send_request(request).await.map_err(|e| e.to_string())?;
		let ok = response.status() == http::StatusCode::OK;
		let mut body = response.into_body();
		let mut whole = true;
		while let Some(frame) = body.frame().await {
			match frame {
				Ok(frame) => {
					if let Ok(data) = frame.into_data() {
						worker.bytes += data.len() as u64;
					}
				},
				Err(_) => {
					whole = false;
					break;
				},
			}
		}
		if ok && whole {
			worker.latencies.push(started.elapsed());
		} else {
			worker.failed += 1;
			if !whole {
				return Ok(worker);
			}
		}
	}
	Ok(worker)
}

/// Fetch `url` (`http://host:port/path`) `requests` times over `concurrency` connections.
pub async fn fetch(url: &str, requests: usize, concurrency: usize) -> Result<Report, String> {
	let uri: http::Uri = url.parse().map_err(|e| format!("{url}: {e}"))?;
	if uri.scheme_str() != Some("http") {
		return Err("bench-fetch speaks plain HTTP, to a gateway's inward face".into());
	}
	let authority = uri.authority().ok_or("the URL names no host")?.to_string();
	let path = uri.path_and_query().map_or("/", |path| path.as_str()).to_string();
	let next = Arc::new(AtomicUsize::new(0));
	let started = Instant::now();
	let workers: Vec<_> = (0..concurrency.max(1))
		.map(|_| tokio::spawn(work(authority.clone(), path.clone(), next.clone(), requests)))
		.collect();
	let mut latencies = Vec::new();
	let (mut failed, mut bytes) = (0, 0);
	for worker in workers {
		let worker = worker.await.map_err(|e| e.to_string())??;
		latencies.extend(worker.latencies);
		failed += worker.failed;
		bytes += worker.bytes;
	}
	let seconds = started.elapsed().as_secs_f64();
	latencies.sort();
	let ok = latencies.len();
	Ok(Report {
		requests: ok + failed,
		ok,
		failed,
		concurrency,
		seconds: (seconds * 1_000.0).round() / 1_000.0,
		per_second: (ok as f64 / seconds).round(),
		p50_ms: millis(quantile(&latencies, 0.50)),
		p99_ms: millis(quantile(&latencies, 0.99)),
		max_ms: millis(latencies.last().copied().unwrap_or_default()),
		bytes,
		mib_per_second: ((bytes as f64 / (1 << 20) as f64 / seconds) * 10.0).round() / 10.0,
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn quantiles_take_the_slower_side() {
		let latencies: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
		assert_eq!(quantile(&latencies, 0.5), Duration::from_millis(50));
		assert_eq!(quantile(&latencies, 0.99), Duration::from_millis(99));
		assert_eq!(quantile(&latencies[..1], 0.99), Duration::from_millis(1));
		assert_eq!(quantile(&[], 0.99), Duration::ZERO);
	}
}

//! The outward client: one HTTP/2 connection per peer gateway, over TLS pinned to the key the
//! chain names for that agency. A connection is dropped and made anew when the chain names
//! another endpoint or key, or when it closes.

use crate::{chain::Peer, tls};
use bytes::Bytes;
use http_body_util::Empty;
use hyper::{body::Incoming, client::conn::http2::SendRequest, Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use rustls::pki_types::ServerName;
use std::{collections::HashMap, sync::Arc, time::Duration};
use tokio::{net::TcpStream, sync::Mutex};
use tokio_rustls::TlsConnector;

/// The name a gateway's certificate carries; not relied on (the key is pinned).
const SERVER_NAME: &str = "civitas-gateway";

/// An open HTTP/2 connection to a peer, with the name the chain gave the peer when it was
/// made.
type Connection = (Peer, SendRequest<Empty<Bytes>>);

#[derive(Default)]
pub struct Peers {
	connections: Mutex<HashMap<u32, Connection>>,
}

impl Peers {
	async fn connect(peer: &Peer) -> Result<SendRequest<Empty<Bytes>>, String> {
		let config = tls::client_config(peer.tls_key)?;
		let tcp = tokio::time::timeout(Duration::from_secs(10), TcpStream::connect(&peer.endpoint))
			.await
			.map_err(|_| format!("connecting to {}: timed out", peer.endpoint))?
			.map_err(|error| format!("connecting to {}: {error}", peer.endpoint))?;
		tcp.set_nodelay(true).map_err(|error| error.to_string())?;
		let name = ServerName::try_from(SERVER_NAME).expect("a valid name");
		let tls = TlsConnector::from(Arc::new(config))
			.connect(name, tcp)
			.await
			.map_err(|error| format!("TLS with agency {}'s gateway: {error}", peer.agency))?;
		let (sender, connection) = hyper::client::conn::http2::Builder::new(TokioExecutor::new())
			.initial_stream_window_size(1 << 20)
			.initial_connection_window_size(4 << 20)
			.handshake(TokioIo::new(tls))
			.await
			.map_err(|error| format!("HTTP/2 with agency {}'s gateway: {error}", peer.agency))?;
		tokio::spawn(async move {
			let _ = connection.await;
		});
		Ok(sender)
	}

	/// Send a GET of `path` with `headers` to `peer`.
	pub async fn get(
		&self,
		peer: &Peer,
		path: &str,
		headers: &[(&'static str, String)],
	) -> Result<Response<Incoming>, String> {
		let mut sender = {
			let mut connections = self.connections.lock().await;
			match connections.get(&peer.agency) {
				Some((known, sender)) if known == peer && !sender.is_closed() => sender.clone(),
				_ => {
					let sender = Self::connect(peer).await?;
					connections.insert(peer.agency, (peer.clone(), sender.clone()));
					sender
				},
			}
		};
		let mut request = Request::get(format!("https://{}{path}", peer.endpoint));
		for (name, value) in headers {
			request = request.header(*name, value);
		}
		let request = request.body(Empty::new()).map_err(|error| error.to_string())?;
		sender.ready().await.map_err(|error| format!("agency {}: {error}", peer.agency))?;
		sender
			.send_request(request)
			.await
			.map_err(|error| format!("agency {}'s gateway: {error}", peer.agency))
	}
}

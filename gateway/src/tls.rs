//! TLS between gateways, pinned to the chain (docs/gateway.md, "Identity"): a gateway's
//! certificate is self-signed with an ed25519 key, and a peer accepts it if and only if that
//! key is the one the chain names for the agency it dials. No certificate authority, no names
//! or dates relied on: the finalized chain is the only trust root.

use rustls::{
	client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
	crypto::{ring as provider, verify_tls13_signature, CryptoProvider, WebPkiSupportedAlgorithms},
	pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName, UnixTime},
	DigitallySignedStruct, SignatureScheme,
};
use std::sync::Arc;

pub type Error = String;

/// A gateway's TLS identity: its self-signed certificate and key (PKCS #8), and the raw
/// ed25519 public key the chain names (`agencies.setGateway`'s `tlsKey`).
pub struct Identity {
	pub certificate: Vec<u8>,
	pub private_key: Vec<u8>,
	pub public_key: [u8; 32],
}

impl Identity {
	/// A new ed25519 key and a certificate for it.
	pub fn generate() -> Result<Self, Error> {
		let key = rcgen::KeyPair::generate(&rcgen::PKCS_ED25519).map_err(|e| e.to_string())?;
		Self::from_pkcs8(&key.serialize_der())
	}

	/// The certificate of an existing ed25519 key (PKCS #8 DER), e.g. read from the
	/// gateway's key file.
	pub fn from_pkcs8(pkcs8: &[u8]) -> Result<Self, Error> {
		let key = rcgen::KeyPair::from_der(pkcs8).map_err(|e| format!("the TLS key: {e}"))?;
		let public_key: [u8; 32] = key
			.public_key_raw()
			.try_into()
			.map_err(|_| "the TLS key is not an ed25519 key".to_string())?;
		let mut params = rcgen::CertificateParams::new(vec!["civitas-gateway".into()]);
		params.alg = &rcgen::PKCS_ED25519;
		params.key_pair = Some(key);
		let certificate = rcgen::Certificate::from_params(params).map_err(|e| e.to_string())?;
		Ok(Self {
			certificate: certificate.serialize_der().map_err(|e| e.to_string())?,
			private_key: certificate.serialize_private_key_der(),
			public_key,
		})
	}

	/// The server side: this identity, TLS 1.3, HTTP/2 and HTTP/1.1 offered.
	pub fn server_config(&self) -> Result<rustls::ServerConfig, Error> {
		let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(crypto()))
			.with_protocol_versions(&[&rustls::version::TLS13])
			.map_err(|e| e.to_string())?
			.with_no_client_auth()
			.with_single_cert(
				vec![CertificateDer::from(self.certificate.clone())],
				PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.private_key.clone())),
			)
			.map_err(|e| format!("the TLS identity: {e}"))?;
		config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
		Ok(config)
	}
}

fn crypto() -> CryptoProvider {
	provider::default_provider()
}

/// The client side, to dial the gateway whose key the chain names as `pinned`.
pub fn client_config(pinned: [u8; 32]) -> Result<rustls::ClientConfig, Error> {
	let crypto = crypto();
	let verifier = Pinned { key: pinned, algorithms: crypto.signature_verification_algorithms };
	let mut config = rustls::ClientConfig::builder_with_provider(Arc::new(crypto))
		.with_protocol_versions(&[&rustls::version::TLS13])
		.map_err(|e| e.to_string())?
		.dangerous()
		.with_custom_certificate_verifier(Arc::new(verifier))
		.with_no_client_auth();
	config.alpn_protocols = vec![b"h2".to_vec()];
	Ok(config)
}

/// The ed25519 public key a certificate carries, if it is an ed25519 certificate.
pub fn ed25519_key_of(certificate: &[u8]) -> Option<[u8; 32]> {
	let (_, parsed) = x509_parser::parse_x509_certificate(certificate).ok()?;
	let spki = parsed.public_key();
	// id-Ed25519, RFC 8410.
	if spki.algorithm.algorithm.to_id_string() != "1.3.101.112" {
		return None;
	}
	spki.subject_public_key.data.as_ref().try_into().ok()
}

/// Accepts exactly the certificate whose key is the pinned one; checks the handshake's
/// signature against that certificate.
#[derive(Debug)]
struct Pinned {
	key: [u8; 32],
	algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for Pinned {
	fn verify_server_cert(
		&self,
		end_entity: &CertificateDer<'_>,
		_intermediates: &[CertificateDer<'_>],
		_server_name: &ServerName<'_>,
		_ocsp_response: &[u8],
		_now: UnixTime,
	) -> Result<ServerCertVerified, rustls::Error> {
		match ed25519_key_of(end_entity) {
			Some(key) if key == self.key => Ok(ServerCertVerified::assertion()),
			_ => Err(rustls::Error::InvalidCertificate(
				rustls::CertificateError::ApplicationVerificationFailure,
			)),
		}
	}

	fn verify_tls12_signature(
		&self,
		_message: &[u8],
		_cert: &CertificateDer<'_>,
		_dss: &DigitallySignedStruct,
	) -> Result<HandshakeSignatureValid, rustls::Error> {
		// Only TLS 1.3 is offered.
		Err(rustls::Error::PeerIncompatible(rustls::PeerIncompatible::Tls12NotOffered))
	}

	fn verify_tls13_signature(
		&self,
		message: &[u8],
		cert: &CertificateDer<'_>,
		dss: &DigitallySignedStruct,
	) -> Result<HandshakeSignatureValid, rustls::Error> {
		verify_tls13_signature(message, cert, dss, &self.algorithms)
	}

	fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
		self.algorithms.supported_schemes()
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use tokio::{
		io::{AsyncReadExt, AsyncWriteExt},
		net::{TcpListener, TcpStream},
	};
	use tokio_rustls::{TlsAcceptor, TlsConnector};

	#[test]
	fn a_certificate_carries_its_identitys_key_and_survives_a_reload() {
		let identity = Identity::generate().unwrap();
		assert_eq!(ed25519_key_of(&identity.certificate), Some(identity.public_key));
		let again = Identity::from_pkcs8(&identity.private_key).unwrap();
		assert_eq!(again.public_key, identity.public_key);
		assert_eq!(ed25519_key_of(b"not a certificate"), None);
	}

	/// Serve one TLS connection with `server` that echoes one line; dial it pinned to `pin`.
	async fn handshake(server: &Identity, pin: [u8; 32]) -> Result<Vec<u8>, String> {
		let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
		let address = listener.local_addr().unwrap();
		let acceptor = TlsAcceptor::from(Arc::new(server.server_config().unwrap()));
		tokio::spawn(async move {
			let (tcp, _) = listener.accept().await.unwrap();
			if let Ok(mut tls) = acceptor.accept(tcp).await {
				let mut buffer = [0u8; 5];
				if tls.read_exact(&mut buffer).await.is_ok() {
					let _ = tls.write_all(&buffer).await;
					let _ = tls.shutdown().await;
				}
			}
		});
		let connector = TlsConnector::from(Arc::new(client_config(pin).unwrap()));
		let tcp = TcpStream::connect(address).await.unwrap();
		let name = ServerName::try_from("civitas-gateway").unwrap();
		let mut tls = connector.connect(name, tcp).await.map_err(|e| e.to_string())?;
		tls.write_all(b"hello").await.map_err(|e| e.to_string())?;
		let mut echoed = Vec::new();
		tls.read_to_end(&mut echoed).await.map_err(|e| e.to_string())?;
		Ok(echoed)
	}

	#[tokio::test]
	async fn a_gateway_is_reached_only_with_the_key_the_chain_names() {
		let server = Identity::generate().unwrap();
		assert_eq!(handshake(&server, server.public_key).await.unwrap(), b"hello");
		// Another key (a stale one, or an impostor's certificate): the handshake fails.
		let other = Identity::generate().unwrap();
		let refused = handshake(&server, other.public_key).await.unwrap_err();
		assert!(refused.contains("certificate"), "{refused}");
	}
}

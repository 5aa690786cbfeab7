//! The ports a node is told to listen on, checked before it starts.
//!
//! Substrate starts a node whatever happens to its listening sockets: a JSON-RPC port in use
//! is swapped for a random one, a Prometheus port in use leaves the node without metrics (one
//! error line), and a peer-to-peer address in use is skipped while the others are kept (an
//! IPv4 port held by another program leaves the node reachable over IPv6 alone). Each leaves
//! a node that looks healthy and that the agency's gateway, its monitoring or the other
//! agencies' nodes cannot reach where the chain and the runbook say it is. Any port can be
//! held when the node starts: by another program, or, in the kernel's ephemeral range
//! (32768–60999 by default), by any outgoing connection. So the node first binds every
//! address it will listen on, as its listeners do (`SO_REUSEADDR`, and IPv6 sockets that
//! take only IPv6), lets go of them, and refuses to start if one is in use, naming it. An
//! IPv6 address on a host with IPv6 turned off is passed over with a warning: no port there
//! is in use, and Substrate's default peer-to-peer addresses name `[::]` as well as `0.0.0.0`.

use sc_network::{multiaddr::Protocol, Multiaddr};
use socket2::{Domain, Socket, Type};
use std::{io, net::SocketAddr};

/// One address the node will listen on, and the flag that sets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wanted {
	pub address: SocketAddr,
	pub flag: &'static str,
}

/// The TCP socket address a peer-to-peer listen address binds, if it names one
/// (`/ip4/0.0.0.0/tcp/30333`, also with `/ws` after it); `None` for anything else.
pub fn tcp_address(address: &Multiaddr) -> Option<SocketAddr> {
	let mut parts = address.iter();
	let ip = match parts.next()? {
		Protocol::Ip4(ip) => ip.into(),
		Protocol::Ip6(ip) => ip.into(),
		_ => return None,
	};
	match parts.next()? {
		Protocol::Tcp(port) => Some(SocketAddr::new(ip, port)),
		_ => None,
	}
}

/// Bind `address` as a listener would, then let it go.
fn try_listen(address: SocketAddr) -> io::Result<()> {
	let socket = Socket::new(Domain::for_address(address), Type::STREAM, None)?;
	socket.set_reuse_address(true)?;
	if address.is_ipv6() {
		socket.set_only_v6(true)?;
	}
	socket.bind(&address.into())?;
	socket.listen(1)
}

/// Why the node must not start on `address`, given the error binding it gave; `None` when the
/// address may be passed over: IPv6's wildcard or loopback address on a host with IPv6 turned
/// off. Any other address the host lacks is the operator's mistake.
fn refusal(address: SocketAddr, flag: &str, error: io::Error) -> Option<String> {
	const NO_ADDRESS_FAMILY: i32 = 97; // EAFNOSUPPORT on Linux
	let no_ipv6 = error.kind() == io::ErrorKind::AddrNotAvailable
		|| error.raw_os_error() == Some(NO_ADDRESS_FAMILY);
	let ip = address.ip();
	if address.is_ipv6() && (ip.is_unspecified() || ip.is_loopback()) && no_ipv6 {
		log::warn!("{address} ({flag}) is passed over: this host has no IPv6 ({error})");
		return None;
	}
	let why = if error.kind() == io::ErrorKind::AddrInUse {
		"is in use: another program listens there, or a connection holds the port (any port in \
		 the kernel's ephemeral range, /proc/sys/net/ipv4/ip_local_port_range, can be). Stop \
		 that program or give the node another port"
			.to_string()
	} else {
		format!("cannot be listened on: {error}")
	};
	Some(format!("{address} ({flag}) {why}"))
}

/// The first of `wanted` that cannot be listened on, with why, as the error an operator
/// reads; port 0 (any free port) is never in use.
pub fn check(wanted: &[Wanted]) -> Result<(), String> {
	for Wanted { address, flag } in wanted.iter().filter(|wanted| wanted.address.port() != 0) {
		if let Some(refused) =
			try_listen(*address).err().and_then(|error| refusal(*address, flag, error))
		{
			return Err(refused);
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::net::{Ipv4Addr, Ipv6Addr, TcpListener, TcpStream};

	fn wanted(address: SocketAddr) -> Vec<Wanted> {
		vec![Wanted { address, flag: "--rpc-port" }]
	}

	#[test]
	fn a_port_another_program_listens_on_is_refused_by_name() {
		let held = TcpListener::bind("127.0.0.1:0").unwrap();
		let address = held.local_addr().unwrap();
		let error = check(&wanted(address)).unwrap_err();
		assert!(error.starts_with(&format!("{address} (--rpc-port) is in use")), "{error}");
		// The wildcard address takes the port on every interface, so it is refused too.
		let any = SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), address.port());
		assert!(check(&wanted(any)).is_err());
	}

	#[test]
	fn a_port_an_outgoing_connection_holds_is_refused() {
		let server = TcpListener::bind("127.0.0.1:0").unwrap();
		let client = TcpStream::connect(server.local_addr().unwrap()).unwrap();
		let held = client.local_addr().unwrap();
		assert!(check(&wanted(held)).unwrap_err().contains("is in use"));
	}

	#[test]
	fn a_free_port_passes_and_is_let_go() {
		let address = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
		assert_eq!(check(&wanted(address)), Ok(()));
		// Checked twice, and then listened on for real: the check keeps nothing.
		assert_eq!(check(&wanted(address)), Ok(()));
		TcpListener::bind(address).unwrap();
		assert_eq!(check(&wanted(SocketAddr::new(Ipv4Addr::LOCALHOST.into(), 0))), Ok(()));
	}

	#[test]
	fn an_ipv6_address_is_checked_for_ipv6_alone() {
		// Where the machine has IPv6 loopback: an IPv4 holder of the port does not stop the
		// node's IPv6 listener, as it does not stop the check.
		let held = TcpListener::bind("127.0.0.1:0").unwrap();
		let port = held.local_addr().unwrap().port();
		if TcpListener::bind((Ipv6Addr::LOCALHOST, 0)).is_ok() {
			assert_eq!(check(&wanted(SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), port))), Ok(()));
		}
	}

	#[test]
	fn an_ipv6_address_on_a_host_without_ipv6_is_passed_over_and_nothing_else_is() {
		let v6: SocketAddr = "[::]:30333".parse().unwrap();
		let v4: SocketAddr = "0.0.0.0:30333".parse().unwrap();
		let unsupported = || io::Error::from_raw_os_error(97);
		let unavailable = || io::Error::from(io::ErrorKind::AddrNotAvailable);
		assert_eq!(refusal(v6, "--port", unsupported()), None);
		assert_eq!(refusal(v6, "--port", unavailable()), None);
		// IPv6 there but the port taken: refused, as on IPv4.
		let in_use = refusal(v6, "--port", io::Error::from(io::ErrorKind::AddrInUse)).unwrap();
		assert!(in_use.starts_with("[::]:30333 (--port) is in use"), "{in_use}");
		// An address the host does not have is the operator's mistake: refused.
		let elsewhere: SocketAddr = "[2001:db8::1]:30333".parse().unwrap();
		assert!(refusal(elsewhere, "--port", unavailable()).is_some());
		let missing = refusal(v4, "--port", unavailable()).unwrap();
		assert!(missing.starts_with("0.0.0.0:30333 (--port) cannot be listened on"), "{missing}");
	}

	#[test]
	fn peer_to_peer_addresses_name_their_tcp_socket() {
		let parse = |text: &str| tcp_address(&text.parse::<Multiaddr>().unwrap());
		assert_eq!(parse("/ip4/0.0.0.0/tcp/30333"), Some("0.0.0.0:30333".parse().unwrap()));
		assert_eq!(parse("/ip6/::/tcp/30333/ws"), Some("[::]:30333".parse().unwrap()));
		assert_eq!(parse("/dns/node.example/tcp/30333"), None);
		assert_eq!(parse("/ip4/127.0.0.1/udp/30333"), None);
	}
}

"""Signing keys and trusted senders (issue 14): this installation's Ed25519 key (``keys``), its public key
file (``key_file``), fingerprints a person can read aloud (``fingerprint``) and the coordinator's trusted
senders (``trust``). Packages are signed and checked in ``core.package.signing``. Qt-free.

Import the modules themselves: this package imports nothing, so ``fingerprint`` stays free of the store."""

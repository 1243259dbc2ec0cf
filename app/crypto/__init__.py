"""Key derivation, key slots, device identities and (later) the bundle envelope.

Only vetted primitives: Argon2id (argon2-cffi), XChaCha20-Poly1305 and Ed25519/X25519 (libsodium via
PyNaCl), BLAKE2b (hashlib). Nothing here is home-made cryptography; it is only composition.
"""

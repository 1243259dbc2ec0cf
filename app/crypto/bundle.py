"""The encrypted envelope of a sync bundle (age-like; libsodium via PyNaCl, nothing home-made).

Layout on disk::

    magic(8) | format u16 | n u16 | n x SealedBox(file_key) (80 bytes each) | stream header (24)
    | secretstream chunks: 64 KiB of plaintext + 17 bytes each, the last one tagged FINAL

* A random 32-byte file key is sealed to every recipient's X25519 key with an anonymous sealed
  box. Stanzas carry no recipient ids, so a seized stick names neither sender nor recipients; the
  reader simply tries to open each stanza, as age does.
* The payload is zlib-compressed, then zero-padded (Padmé buckets, so the size leaks little), then
  streamed through crypto_secretstream_xchacha20poly1305. The whole clear header is the associated
  data of the first chunk, so swapping, adding or dropping a stanza breaks authentication.
* The reader requires TAG_FINAL on the last chunk and nothing after it: a file cut at a chunk
  boundary (a stick pulled out on FAT, which has no atomic rename) is detected, not half-imported.

This layer knows nothing of ops: it authenticates bytes to "someone who knew a recipient's public
key". Who sent them is proven by the signed manifest inside (app/sync/bundle_io.py).
"""

from __future__ import annotations

import hashlib
import secrets
import struct
import zlib
from collections.abc import Callable, Sequence
from typing import BinaryIO

from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_ABYTES,
    crypto_secretstream_xchacha20poly1305_HEADERBYTES,
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from app.errors import BundleRejected

MAGIC = b"LTPSBNDL"
FORMAT_VERSION = 1
CHUNK_BYTES = 64 * 1024
ABYTES = crypto_secretstream_xchacha20poly1305_ABYTES
STREAM_HEADER_BYTES = crypto_secretstream_xchacha20poly1305_HEADERBYTES
FILE_KEY_BYTES = 32
STANZA_BYTES = FILE_KEY_BYTES + 48  # sealed box: ephemeral public key (32) + MAC (16)
MAX_RECIPIENTS = 256
MIN_PADDED_BYTES = 16 * 1024
COMPRESS_LEVEL = 6
_PREFIX = struct.Struct(">8sHH")

Progress = Callable[[int], None]


def padded_size(length: int) -> int:
    """Padmé (Nikitin et al. 2019): at most ~12% overhead, leaks O(log log n) bits of size."""
    length = max(length, MIN_PADDED_BYTES)
    exponent = length.bit_length() - 1
    size_bits = exponent.bit_length()
    low_bits = exponent - size_bits
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask


class EnvelopeWriter:
    """Compress, pad and encrypt a byte stream to a set of X25519 recipients.

    ``write`` may be called any number of times; ``close`` must be called to emit the FINAL chunk
    (a writer abandoned half-way leaves a file every reader rejects).
    """

    def __init__(self, out: BinaryIO, recipients: Sequence[bytes]) -> None:
        if not recipients:
            raise ValueError("a bundle needs at least one recipient")
        if len(recipients) > MAX_RECIPIENTS:
            raise ValueError(f"at most {MAX_RECIPIENTS} recipients")
        file_key = secrets.token_bytes(FILE_KEY_BYTES)
        stanzas = [SealedBox(PublicKey(pk)).encrypt(file_key) for pk in recipients]
        # Shuffle so stanza order says nothing about roster order.
        stanzas.sort(key=lambda _s: secrets.randbits(32))
        self._state = crypto_secretstream_xchacha20poly1305_state()
        stream_header = crypto_secretstream_xchacha20poly1305_init_push(self._state, file_key)
        self.header = (
            _PREFIX.pack(MAGIC, FORMAT_VERSION, len(stanzas)) + b"".join(stanzas) + stream_header
        )
        self._out = out
        self._out.write(self.header)
        self._compressor = zlib.compressobj(COMPRESS_LEVEL)
        self._pending = bytearray()
        self._compressed = 0
        self._first = True

    def write(self, data: bytes) -> None:
        out = self._compressor.compress(data)
        self._compressed += len(out)
        self._pending += out
        self._emit_full_chunks()

    def close(self) -> None:
        tail = self._compressor.flush()
        self._compressed += len(tail)
        self._pending += tail
        padding = padded_size(self._compressed) - self._compressed
        while padding:
            step = min(padding, CHUNK_BYTES)
            self._pending += bytes(step)
            padding -= step
            self._emit_full_chunks()
        self._push(bytes(self._pending), crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        self._pending.clear()

    def _emit_full_chunks(self) -> None:
        # Keep at least one byte back so the FINAL chunk is never empty by accident of alignment.
        while len(self._pending) > CHUNK_BYTES:
            chunk = bytes(self._pending[:CHUNK_BYTES])
            del self._pending[:CHUNK_BYTES]
            self._push(chunk, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)

    def _push(self, chunk: bytes, tag: int) -> None:
        ad = self.header if self._first else None
        self._first = False
        self._out.write(crypto_secretstream_xchacha20poly1305_push(self._state, chunk, ad, tag))


class EnvelopeReader:
    """Decrypt and decompress an envelope, handing out exact byte counts on demand.

    Memory stays bounded by one chunk plus the largest single read the caller asks for;
    ``max_plain`` bounds the decompressed total (a zip bomb is refused, not inflated).
    """

    def __init__(
        self,
        fh: BinaryIO,
        box_secret: bytes,
        *,
        max_plain: int,
        progress: Progress | None = None,
    ) -> None:
        self._fh = fh
        self._progress = progress
        self._read_bytes = 0
        prefix = self._read(_PREFIX.size)
        if len(prefix) < _PREFIX.size or prefix[:8] != MAGIC:
            raise BundleRejected("This file is not a Letapis sync bundle.")
        _magic, version, count = _PREFIX.unpack(prefix)
        if version > FORMAT_VERSION:
            raise BundleRejected(
                f"This bundle was made by a newer version of Letapis (format {version}); "
                "update the app to import it."
            )
        if version < 1 or not 1 <= count <= MAX_RECIPIENTS:
            raise BundleRejected("This bundle is damaged (bad header).")
        body = self._read(count * STANZA_BYTES + STREAM_HEADER_BYTES)
        if len(body) < count * STANZA_BYTES + STREAM_HEADER_BYTES:
            raise BundleRejected("This bundle is incomplete (the header is cut short).")
        self.header = prefix + body
        file_key = _open_stanzas(body[: count * STANZA_BYTES], count, box_secret)
        self._state = crypto_secretstream_xchacha20poly1305_state()
        try:
            crypto_secretstream_xchacha20poly1305_init_pull(
                self._state, body[count * STANZA_BYTES :], file_key
            )
        except CryptoError as exc:  # pragma: no cover - libsodium accepts any 24-byte header
            raise BundleRejected("This bundle is damaged (bad stream header).") from exc
        self._decompressor = zlib.decompressobj()
        self._max_plain = max_plain
        self._plain_total = 0
        self._buffer = bytearray()
        self._final_seen = False
        self._chunk_index = 0
        self._padding = bytearray()

    @property
    def bytes_read(self) -> int:
        return self._read_bytes

    def read_exact(self, size: int) -> bytes:
        while len(self._buffer) < size:
            if not self._inflate_more():
                raise BundleRejected("This bundle is damaged (its content ends too early).")
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def finish(self) -> None:
        """The content was fully consumed: check that only zero padding and the FINAL tag follow,
        and nothing after that."""
        # The compressed stream's trailer may still be ahead (even in the next chunk): feed it,
        # but any further output means content beyond what the caller read.
        while self._buffer or not self._decompressor.eof:
            if self._buffer or not self._inflate_more():
                raise BundleRejected("This bundle is damaged (unexpected data after its content).")
        while not self._final_seen:
            self._padding += self._next_chunk()
        if any(self._padding):
            raise BundleRejected("This bundle is damaged (bad padding).")
        if self._read(1):
            raise BundleRejected("This bundle is damaged (extra data after its end).")

    def _inflate_more(self) -> bool:
        """Add decompressed bytes to the buffer; False once the compressed stream has ended."""
        if self._decompressor.eof:
            return False
        if self._decompressor.unconsumed_tail:
            data = self._decompressor.unconsumed_tail
        else:
            if self._final_seen:
                raise BundleRejected("This bundle is damaged (its content ends too early).")
            data = self._next_chunk()
        try:
            out = self._decompressor.decompress(data, CHUNK_BYTES)
        except zlib.error as exc:
            raise BundleRejected("This bundle is damaged (content does not decompress).") from exc
        self._plain_total += len(out)
        if self._plain_total > self._max_plain:
            raise BundleRejected("This bundle is larger than Letapis accepts; it was refused.")
        self._buffer += out
        if self._decompressor.eof:
            self._padding += self._decompressor.unused_data
        return True

    def _next_chunk(self) -> bytes:
        if self._final_seen:
            raise BundleRejected("This bundle is damaged (data after its final block).")
        sealed = self._read(CHUNK_BYTES + ABYTES)
        if not sealed:
            raise BundleRejected(
                "This bundle is incomplete: the file ends before its last block (was the stick "
                "removed while it was being written?)."
            )
        ad = self.header if self._chunk_index == 0 else None
        try:
            chunk, tag = crypto_secretstream_xchacha20poly1305_pull(self._state, sealed, ad)
        except (CryptoError, ValueError) as exc:
            raise BundleRejected(
                f"This bundle is damaged or was tampered with (block {self._chunk_index + 1} "
                "failed authentication)."
            ) from exc
        self._chunk_index += 1
        if tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL:
            self._final_seen = True
        elif tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE or len(chunk) != CHUNK_BYTES:
            raise BundleRejected("This bundle is damaged (unexpected block structure).")
        return chunk

    def _read(self, size: int) -> bytes:
        data = self._fh.read(size)
        self._read_bytes += len(data)
        if self._progress is not None:
            self._progress(self._read_bytes)
        return data


def _open_stanzas(stanzas: bytes, count: int, box_secret: bytes) -> bytes:
    box = SealedBox(PrivateKey(box_secret))
    for index in range(count):
        stanza = stanzas[index * STANZA_BYTES : (index + 1) * STANZA_BYTES]
        try:
            key = box.decrypt(stanza)
        except CryptoError:
            continue
        if len(key) == FILE_KEY_BYTES:
            return key
    raise BundleRejected(
        "This bundle is not encrypted for this device: it comes from another team, or the "
        "sender had not added this device to their team when exporting it."
    )


def file_sha256(fh: BinaryIO) -> str:
    """Hash of the whole file, read in chunks (used to recognise an already imported bundle)."""
    digest = hashlib.sha256()
    while block := fh.read(1024 * 1024):
        digest.update(block)
    return digest.hexdigest()

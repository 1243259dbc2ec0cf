"""The bundle envelope on its own: recipients, padding, chunking and the end of the stream."""

from __future__ import annotations

import io
import os
import zlib

import pytest
from nacl.public import PrivateKey

from app.crypto import bundle as envelope
from app.crypto.bundle import EnvelopeReader, EnvelopeWriter, padded_size
from app.errors import BundleRejected

LIMIT = 1 << 26


def seal(data: bytes, *recipients: PrivateKey) -> bytes:
    out = io.BytesIO()
    writer = EnvelopeWriter(out, [bytes(k.public_key) for k in recipients])
    writer.write(data)
    writer.close()
    return out.getvalue()


def open_all(raw: bytes, key: PrivateKey, size: int) -> bytes:
    reader = EnvelopeReader(io.BytesIO(raw), bytes(key), max_plain=LIMIT)
    data = reader.read_exact(size)
    reader.finish()
    return data


def test_every_recipient_can_open_it_and_nobody_else():
    keys = [PrivateKey.generate() for _ in range(3)]
    data = os.urandom(150_000)
    raw = seal(data, *keys)
    for key in keys:
        assert open_all(raw, key, len(data)) == data
    with pytest.raises(BundleRejected, match="not encrypted for this device"):
        open_all(raw, PrivateKey.generate(), len(data))


def test_padding_hides_the_exact_size():
    assert padded_size(1) == envelope.MIN_PADDED_BYTES
    for length in (20_000, 70_000, 1_000_003, 50_000_000):
        padded = padded_size(length)
        assert length <= padded <= length * 1.13
    key = PrivateKey.generate()
    sizes = {len(seal(os.urandom(n), key)) for n in range(30_000, 30_400, 50)}
    assert len(sizes) == 1


def test_tampering_with_another_recipients_stanza_is_detected():
    mine, other = PrivateKey.generate(), PrivateKey.generate()
    raw = bytearray(seal(b"x" * 100, mine, other))
    for index in range(2):  # whichever stanza is not mine: the header is authenticated
        damaged = bytearray(raw)
        damaged[12 + index * envelope.STANZA_BYTES + 40] ^= 1
        with pytest.raises(BundleRejected):
            open_all(bytes(damaged), mine, 100)


def test_compressed_trailer_in_the_next_chunk():
    """Regression: content fully read, zlib's end marker still in the following chunk."""
    data = os.urandom(envelope.CHUNK_BYTES + 1000)
    for length in range(envelope.CHUNK_BYTES - 200, envelope.CHUNK_BYTES + 40):
        c = zlib.compressobj(envelope.COMPRESS_LEVEL)
        if len(c.compress(data[:length]) + c.flush()) == envelope.CHUNK_BYTES + 2:
            break
    else:  # pragma: no cover - the search range always contains such a length
        pytest.fail("no length puts the trailer across the boundary")
    key = PrivateKey.generate()
    assert open_all(seal(data[:length], key), key, length) == data[:length]


def test_unread_content_is_an_error():
    key = PrivateKey.generate()
    reader = EnvelopeReader(io.BytesIO(seal(b"abcdef", key)), bytes(key), max_plain=LIMIT)
    assert reader.read_exact(3) == b"abc"
    with pytest.raises(BundleRejected, match="unexpected data"):
        reader.finish()


def test_reading_past_the_content_is_an_error():
    key = PrivateKey.generate()
    reader = EnvelopeReader(io.BytesIO(seal(b"abc", key)), bytes(key), max_plain=LIMIT)
    with pytest.raises(BundleRejected, match="ends too early"):
        reader.read_exact(4)

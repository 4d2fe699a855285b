#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes sajudesk.ico (Windows) and sajudesk.icns (macOS) from the committed PNGs in png/.

Both formats can hold PNG data as it is, so no image library is needed:
  .ico  (Windows Vista and later): every size 16-256 as a PNG entry.
  .icns (macOS 10.7 and later): icp4/icp5/icp6/ic07/ic08 for 16/32/64/128/256 points at 1x and
        ic11/ic12/ic13 for 16/32/128 points at 2x. There is no 512/1024 PNG yet (render-icons.sh
        would need them); macOS scales the 256 one up for the largest Finder views.
The build never runs this: it uses the committed results. Run it after render-icons.sh.
"""
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent
PNG = HERE / "png"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_ENTRIES = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
                ("ic11", 32), ("ic12", 64), ("ic13", 256)]


def png_bytes(size):
    data = (PNG / f"sajudesk-{size}.png").read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"png/sajudesk-{size}.png is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        raise SystemExit(f"png/sajudesk-{size}.png is {width}x{height}, not {size}x{size}")
    return data


def write_ico(path):
    images = [png_bytes(size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, data in zip(ICO_SIZES, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + directory + b"".join(images))


def write_icns(path):
    body = b""
    for kind, size in ICNS_ENTRIES:
        data = png_bytes(size)
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    write_ico(HERE / "sajudesk.ico")
    write_icns(HERE / "sajudesk.icns")
    print("wrote sajudesk.ico and sajudesk.icns")

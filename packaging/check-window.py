#!/usr/bin/env python3
"""Reads an X screen dump (xwd -root) and checks that the console's navigation shows its icons.

Usage: check-window.py SCREEN.xwd X Y WIDTH HEIGHT [PNG]
X Y WIDTH HEIGHT: the main window on the screen (xwininfo). The navigation is the window's
left column; its five area icons are drawn from SVG (resources/icons/area-*.svg) in five hues
(teal, green, blue, purple, orange). Without the SVG plugins the column holds only text, grey
and at most the selection's one hue, so at least three of the five hues must be there.
PNG, when given, receives the window's picture (to look at when the check fails).
"""
import colorsys
import struct
import sys
import zlib

ICON_HUES = {'teal': 175, 'green': 142, 'blue': 225, 'purple': 262, 'orange': 21}


def read_xwd(path):
    data = open(path, 'rb').read()
    header = struct.unpack('>25I', data[:100])
    header_size, width, height = header[0], header[4], header[5]
    byte_order, bits_per_pixel, bytes_per_line, colour_count = (
        header[7], header[11], header[12], header[19])
    # Depth 24 is stored in 4 bytes a pixel (the header's bits_per_pixel says 24 all the same).
    if bytes_per_line < width * 4 or bits_per_pixel not in (24, 32):
        sys.exit('check-window: not a 24-bit screen; run Xvfb with -screen 0 WxHx24')
    pixels = data[header_size + colour_count * 12:]

    def rgb(x, y):
        at = y * bytes_per_line + x * 4
        b = pixels[at:at + 4]
        return (b[2], b[1], b[0]) if byte_order == 0 else (b[1], b[2], b[3])
    return width, height, rgb


def write_png(path, width, height, rgb, left, top):
    rows = bytearray()
    for y in range(top, top + height):
        rows.append(0)
        for x in range(left, left + width):
            rows.extend(rgb(x, y))

    def chunk(tag, body):
        return (struct.pack('>I', len(body)) + tag + body +
                struct.pack('>I', zlib.crc32(tag + body) & 0xffffffff))
    with open(path, 'wb') as out:
        out.write(b'\x89PNG\r\n\x1a\n' +
                  chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)) +
                  chunk(b'IDAT', zlib.compress(bytes(rows), 6)) + chunk(b'IEND', b''))


def main():
    screen_width, screen_height, rgb = read_xwd(sys.argv[1])
    left, top, width, height = (int(value) for value in sys.argv[2:6])
    width, height = min(width, screen_width - left), min(height, screen_height - top)
    if len(sys.argv) > 6:
        write_png(sys.argv[6], width, height, rgb, left, top)
    found = {name: 0 for name in ICON_HUES}
    for y in range(top, top + height // 2):
        for x in range(left, left + min(48, width)):
            red, green, blue = (channel / 255 for channel in rgb(x, y))
            hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
            if saturation < 0.35 or not 0.15 < lightness < 0.9:
                continue
            for name, icon_hue in ICON_HUES.items():
                distance = abs(hue * 360 - icon_hue)
                if min(distance, 360 - distance) <= 12:
                    found[name] += 1
    seen = [name for name, count in found.items() if count >= 6]
    print('navigation icon hues (pixels):', found)
    if len(seen) < 3:
        sys.exit('check-window: the navigation shows no icons (fewer than 3 of their hues)')


if __name__ == '__main__':
    main()

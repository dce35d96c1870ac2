#!/usr/bin/python3
"""Cuts Noto Sans CJK SC (Regular and Bold) from Debian's fonts-noto-cjk down to what Tether prints
and turns its CFF outlines into TrueType (glyf) outlines, so OpenPDF embeds plain TrueType subsets.
Run with Debian's python3-fonttools (4.38): /usr/bin/python3 build-cjk-fonts.py <out dir>"""
import sys
from fontTools.ttLib import TTCollection, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

SRC = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
SC = 2  # face index of "Noto Sans CJK SC" in the collection

# What Tether prints in Chinese, and the Latin that goes with it (see reports/README.md).
UNICODES = [
    (0x0020, 0x007E), (0x00A0, 0x024F),   # Latin, Latin-1, Latin Extended-A/B
    (0x02B0, 0x02FF), (0x0300, 0x036F),   # spacing modifiers, combining marks
    (0x0370, 0x03FF), (0x0400, 0x04FF),   # Greek, Cyrillic (what the CJK face has)
    (0x2000, 0x206F), (0x20A0, 0x20CF),   # general punctuation, currency
    (0x2100, 0x218F), (0x2190, 0x21FF),   # letterlike, number forms, arrows
    (0x2460, 0x24FF), (0x2500, 0x25FF),   # enclosed numbers, box drawing, geometric shapes (□)
    (0x2600, 0x26FF),                      # misc symbols (★)
    (0x2E80, 0x2FDF),                      # CJK radicals, Kangxi radicals
    (0x3000, 0x303F), (0x3040, 0x30FF),   # CJK symbols and punctuation, kana
    (0x3100, 0x312F), (0x31A0, 0x31BF),   # Bopomofo
    (0x31C0, 0x31EF), (0x31F0, 0x31FF),   # strokes, kana extension
    (0x3200, 0x33FF),                      # enclosed CJK, compatibility
    (0x3400, 0x4DBF),                      # CJK Extension A
    (0x4E00, 0x9FFF),                      # CJK Unified Ideographs (all of them)
    (0xF900, 0xFAFF),                      # CJK compatibility ideographs
    (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),   # vertical and compatibility forms
    (0xFF00, 0xFFEF),                      # full-width and half-width forms
]
EXTRA = [int(a) for a in sys.argv[3:]] if len(sys.argv) > 3 else []

def cff_to_glyf(font):
    """CFF outlines to quadratic TrueType outlines (max error 1 unit of 1000)."""
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["maxp"].maxComponentDepth = 0
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"

def build(weight, out):
    font = TTCollection(SRC.format(weight)).fonts[SC]
    opts = subset.Options()
    opts.layout_features = []      # JasperReports lays out Han and Latin without OpenType features
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "DSIG"]
    unicodes = [u for a, b in UNICODES for u in range(a, b + 1)] + EXTRA
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    cff_to_glyf(font)
    # Line height: the face asks for 1.448 em (hhea 1160/-288), taller than the summary's rows allow;
    # 1.25 em keeps ideographs (880/-120) and accented capitals clear.
    font["hhea"].ascent, font["hhea"].descent, font["hhea"].lineGap = 1000, -250, 0
    os2 = font["OS/2"]
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = 1000, -250, 0
    os2.usWinAscent, os2.usWinDescent = 1000, 250
    font.save(out)
    print(out, len(font.getGlyphOrder()), "glyphs")

if __name__ == "__main__":
    d = sys.argv[1]
    build("Regular", d + "/NotoSansCJKsc-Regular.ttf")
    build("Bold", d + "/NotoSansCJKsc-Bold.ttf")

/**
 * Writes app/fonts/geist-sans-latin.woff2: Geist's variable font cut to the characters English, French
 * and Italian text uses (Google Fonts' "latin" range) and to the weights the UI uses (400-700). The
 * full file is 70 kB and is preloaded on every page; on a phone's connection it delayed the first
 * paint of text. Characters outside the range (a customer's name in another script) are drawn by the
 * fallback font. Run after upgrading `geist`:  node --import tsx scripts/subset-font.ts
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2");
const target = path.join(root, "app/fonts/geist-sans-latin.woff2");

const LATIN_RANGES: [number, number][] = [
  [0x0020, 0x007e], [0x00a0, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
  [0x02dc, 0x02dc], [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122],
  [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];
const text = LATIN_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("");

const input = await readFile(source);
const output = await subsetFont(input, text, { targetFormat: "woff2", variationAxes: { wght: { min: 400, max: 700 } } });
await writeFile(target, output);
console.log(`${path.relative(root, target)}: ${output.length} bytes (from ${input.length})`);

// Advance widths of DejaVu Sans (regular and bold), in thousandths of an em,
// for the characters labels use; the pictures name DejaVu Sans first, so the
// layout can size label boxes without a browser. Measured from the font file
// (DejaVu fonts: Bitstream Vera licence, free to use).

const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~éèêëáàâäóòôöúùûüíìîïñçÉÈÁÓÚÍÑÇßøØåÅæœ–—’‘“”…→←↻✂·×−≥≤€£';
const NORMAL = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 615, 615, 615, 615, 613, 613, 613, 613, 612, 612,
  612, 612, 634, 634, 634, 634, 278, 278, 278, 278, 634, 550, 632, 632, 684, 787, 732, 295, 748, 698, 630,
  612, 787, 613, 684, 982, 1023, 500, 1000, 318, 318, 518, 518, 1000, 838, 838, 838, 838, 318, 838, 838, 838,
  838, 636, 636,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
  696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
  372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
  500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
  478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 678, 678, 678, 678, 675, 675, 675, 675, 687, 687,
  687, 687, 712, 712, 712, 712, 343, 343, 343, 343, 712, 593, 683, 683, 774, 850, 812, 372, 837, 734, 719,
  687, 850, 675, 774, 1048, 1094, 500, 1000, 380, 380, 657, 657, 1000, 838, 838, 838, 838, 380, 838, 838, 838,
  838, 696, 696,
];

const normal = new Map<string, number>();
const bold = new Map<string, number>();
[...CHARS].forEach((ch, i) => {
  normal.set(ch, NORMAL[i]!);
  bold.set(ch, BOLD[i]!);
});

/** Width of a character not in the table: a wide letter, so boxes err on the large side. */
const FALLBACK = 1000;

/** Width of `text` set in DejaVu Sans at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number, isBold = false): number {
  const table = isBold ? bold : normal;
  let units = 0;
  for (const ch of text) units += table.get(ch) ?? FALLBACK;
  return (units * fontSize) / 1000;
}

/** Breaks `text` at spaces into lines no wider than `maxWidth` (a longer word gets its own line, split if it must). */
export function wrapText(text: string, maxWidth: number, fontSize: number, isBold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    // A word wider than the line: cut it into pieces that fit.
    let rest = word;
    while (textWidth(rest, fontSize, isBold) > maxWidth && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && textWidth(rest.slice(0, n), fontSize, isBold) > maxWidth) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    return rest;
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, isBold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = push(word);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

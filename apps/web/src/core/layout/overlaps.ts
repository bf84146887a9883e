/** A disc as drawn: centre and radius in the same units (viewport pixels). */
export interface Disc {
  x: number;
  y: number;
  size: number;
}

/** Golden angle: coincident discs part in directions spread around the circle, and the same every time. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Pushes touching discs apart, in place, until none touches or `maxIterations` sweeps have run;
 * returns whether any disc moved. Each touching pair is moved apart along the line of their centres
 * until `margin` separates them, the smaller disc taking the larger share of the move, so that large
 * actors keep their places. A pair is pushed only when the discs touch: a pair already apart but
 * closer than `margin` is left, so that a map drawn slightly smaller after a sweep settles at once.
 *
 * graphology-layout-noverlap, used before, moves one disc of a pair by a fixed step whatever the
 * overlap: in the dense centre of a 311-actor map it oscillated with some 75 pairs overlapping after
 * any number of iterations, where this clears them in one round.
 */
export function separateDiscs(discs: Disc[], margin: number, maxIterations: number): boolean {
  if (discs.length < 2) return false;
  const cell = Math.max(1, 2 * Math.max(...discs.map(({ size }) => size)) + margin);
  const cellOf = (value: number) => Math.floor(value / cell);
  // Two cell coordinates in one number: maps are far narrower than 2^20 cells.
  const cellKey = (column: number, row: number) => column * 2 ** 21 + row;
  let moved = false;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const grid = new Map<number, number[]>();
    discs.forEach(({ x, y }, index) => {
      const key = cellKey(cellOf(x), cellOf(y));
      const members = grid.get(key);
      if (members) members.push(index);
      else grid.set(key, [index]);
    });
    let touching = 0;
    discs.forEach((a, i) => {
      const [column, row] = [cellOf(a.x), cellOf(a.y)];
      for (let dc = -1; dc <= 1; dc++)
        for (let dr = -1; dr <= 1; dr++)
          for (const j of grid.get(cellKey(column + dc, row + dr)) ?? []) {
            if (j <= i) continue;
            const b = discs[j]!;
            const distance = Math.hypot(b.x - a.x, b.y - a.y);
            if (distance >= a.size + b.size) continue;
            touching++;
            const [ux, uy] = distance > 0 ? [(b.x - a.x) / distance, (b.y - a.y) / distance] : [Math.cos(j * GOLDEN_ANGLE), Math.sin(j * GOLDEN_ANGLE)];
            const push = a.size + b.size + margin - distance;
            const bShare = a.size / (a.size + b.size);
            a.x -= ux * push * (1 - bShare);
            a.y -= uy * push * (1 - bShare);
            b.x += ux * push * bShare;
            b.y += uy * push * bShare;
          }
    });
    if (touching === 0) break;
    moved = true;
  }
  return moved;
}

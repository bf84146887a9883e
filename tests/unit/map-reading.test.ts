/** A map one can read: which labels are drawn, seeded starting positions, discs that fit and do not overlap, the timeline's dense range and playback. */
import { describe, expect, it } from 'vitest';
import { networkEdge, serializedNetwork } from '@entente/protocol';
import { boxesOverlap, labelBoxes, placeLabels, type LabelCandidate, type PlacedLabel } from '../../apps/web/src/core/sigma/labels.ts';
import { createNetworkGraph } from '../../apps/web/src/core/graph/graph.ts';
import { DISC_AREA_SHARE, discFitScale, prepareNetwork, seededOffsets } from '../../apps/web/src/core/graph/prepare.ts';
import { separateDiscs, type Disc } from '../../apps/web/src/core/layout/overlaps.ts';
import { denseRange, nextPlaybackRange, shiftMonth, zoomWindow } from '../../apps/web/src/core/timeline/dense.ts';

const box = (key: string, x: number, y: number, importance: number, forced = false): LabelCandidate => ({ key, boxes: [{ x, y, width: 50, height: 16 }], importance, forced });
const keys = (placed: PlacedLabel[]) => placed.map(({ key }) => key);

describe('label placement', () => {
  it('keeps the larger of two overlapping labels, whatever the order they come in', () => {
    const small = box('small', 0, 0, 5);
    const large = box('large', 20, 5, 30);
    expect(keys(placeLabels([small, large]))).toEqual(['large']);
    expect(keys(placeLabels([large, small]))).toEqual(['large']);
  });

  it('keeps labels that do not touch, and labels whose boxes only meet at an edge', () => {
    const placed = placeLabels([box('a', 0, 0, 1), box('b', 50, 0, 1), box('c', 0, 16, 1), box('d', 200, 200, 1)]);
    expect(keys(placed).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a forced label (the selected actor) wins over a larger one', () => {
    expect(keys(placeLabels([box('large', 0, 0, 30), box('selected', 10, 0, 2, true)]))).toEqual(['selected']);
  });

  it('a label whose first place is taken takes its next free one', () => {
    const large = box('large', 0, 0, 30);
    const second = {
      key: 'second',
      boxes: [
        { x: 10, y: 0, width: 50, height: 16 },
        { x: 10, y: 10, width: 50, height: 16 },
        { x: 10, y: 20, width: 50, height: 16 },
      ],
      importance: 2,
      forced: false,
    };
    expect(placeLabels([large, second])).toEqual([
      { key: 'large', box: large.boxes[0] },
      { key: 'second', box: second.boxes[2] },
    ]);
  });

  it('of many random labels, none kept overlaps another, the largest is always kept, and each dropped one had no room', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const candidates = Array.from({ length: 400 }, (_, i) => {
      const node = { x: random() * 800, y: random() * 600, size: 2 + random() * 10 };
      return { key: `n${i}`, boxes: labelBoxes(node, 20 + random() * 60, 13, 'ltr'), importance: node.size, forced: false };
    });
    const placed = placeLabels(candidates);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
    const largest = candidates.reduce((best, candidate) => (candidate.importance > best.importance ? candidate : best));
    expect(keys(placed)).toContain(largest.key);
    const kept = new Set(keys(placed));
    // Greedy placement keeps a label wherever room is left: each place of a dropped one overlaps a kept, larger label.
    for (const dropped of candidates.filter((candidate) => !kept.has(candidate.key)))
      for (const place of dropped.boxes)
        expect(placed.some(({ key, box }) => boxesOverlap(place, box) && candidates.find((c) => c.key === key)!.importance >= dropped.importance)).toBe(true);
  });

  it('a label sits after its node in the reading direction first: right of it, or left of it in right-to-left', () => {
    const node = { x: 100, y: 100, size: 10 };
    const [ltr] = labelBoxes(node, 40, 13, 'ltr');
    const [rtl] = labelBoxes(node, 40, 13, 'rtl');
    expect(ltr!.x).toBeGreaterThan(node.x + node.size);
    expect(rtl!.x + rtl!.width).toBeLessThan(node.x - node.size);
    expect(ltr!.y).toBeLessThan(node.y);
    expect(ltr!.y + ltr!.height).toBeGreaterThan(node.y);
    // No place covers the node's own disc.
    for (const place of labelBoxes(node, 40, 13, 'ltr')) expect(boxesOverlap(place, { x: 90, y: 90, width: 20, height: 20 })).toBe(false);
  });
});

describe('starting positions', () => {
  const node = (key: string) => ({ key, attributes: { kind: 'country' as const, name_en: key, name_ar: key } });
  const sanctions = (source: string, target: string) => networkEdge(source, target, { type: 'SANCTIONS', count: 1, articles: 1, first_date: null, last_date: null });
  const positions = (payload: ReturnType<typeof serializedNetwork>, saved = new Map<string, { x: number; y: number }>()) => {
    const graph = createNetworkGraph();
    prepareNetwork(payload, saved, graph);
    return Object.fromEntries(graph.mapNodes((key, { x, y }) => [key, [x, y]]));
  };

  it('the same graph starts at the same places, in any order of its actors', () => {
    const actors = ['US', 'RU', 'IR', 'KP', 'CN'];
    const edges = [sanctions('US', 'RU'), sanctions('US', 'IR'), sanctions('CN', 'KP')];
    const first = positions(serializedNetwork(actors.map(node), edges));
    expect(positions(serializedNetwork(actors.map(node), edges))).toEqual(first);
    expect(positions(serializedNetwork([...actors].reverse().map(node), [...edges].reverse()))).toEqual(first);
  });

  it('different actors start at different places, spread over both signs', () => {
    const offsets = Array.from({ length: 200 }, (_, i) => seededOffsets(`actor-${i}`));
    expect(new Set(offsets.map((pair) => pair.join())).size).toBe(200);
    for (const [x, y] of offsets) {
      expect(Math.abs(x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(y)).toBeLessThanOrEqual(0.5);
    }
    expect(offsets.filter(([x]) => x < 0).length).toBeGreaterThan(60);
    expect(offsets.filter(([x]) => x > 0).length).toBeGreaterThan(60);
  });

  it('a new actor starts near its saved neighbour, the same way every time', () => {
    const payload = serializedNetwork([node('US'), node('RU')], [sanctions('US', 'RU')]);
    const saved = new Map([['US', { x: 500, y: -500 }]]);
    const first = positions(payload, saved);
    expect(first.US).toEqual([500, -500]);
    expect(Math.hypot(first.RU![0]! - 500, first.RU![1]! + 500)).toBeLessThan(500 * 0.2);
    expect(positions(payload, saved)).toEqual(first);
  });
});

describe('the timeline', () => {
  const counts = (entries: Record<string, number>) => Object.entries(entries).map(([month, count]) => ({ month, count }));

  it('opens on the shortest span holding 95% of the events, outliers left out', () => {
    const months = counts({ '1979-04': 1, '2018-01': 30, '2018-02': 40, '2018-03': 25, '2018-05': 4, '2024-11': 1 });
    // 101 events: 95.95 needed; Jan–May 2018 holds 99.
    expect(denseRange(months)).toEqual({ from: '2018-01', to: '2018-05' });
    expect(denseRange(months, 0.9)).toEqual({ from: '2018-01', to: '2018-03' });
    expect(denseRange(months, 1)).toEqual({ from: '1979-04', to: '2024-11' });
  });

  it('a month without events is still a month: the dense span may hold a gap', () => {
    expect(denseRange(counts({ '2020-01': 10, '2020-03': 10 }), 0.95)).toEqual({ from: '2020-01', to: '2020-03' });
    expect(denseRange(counts({ '2020-01': 1, '2020-03': 10 }), 0.9)).toEqual({ from: '2020-03', to: '2020-03' });
    expect(denseRange([])).toBeNull();
    expect(denseRange(counts({ '2020-01': 0 }))).toBeNull();
  });

  it('plays a range month by month, keeping its length, and stops after the last month', () => {
    expect(shiftMonth('2018-12', 1)).toBe('2019-01');
    expect(shiftMonth('2018-01', -1)).toBe('2017-12');
    expect(nextPlaybackRange({ from: '2018-11', to: '2018-12' }, '2019-02')).toEqual({ from: '2018-12', to: '2019-01' });
    expect(nextPlaybackRange({ from: '2019-02', to: '2019-02' }, '2019-02')).toBeNull();
  });
});

describe('discs that fit the viewport', () => {
  const area = (sizes: number[], scale: number) => sizes.reduce((sum, size) => sum + Math.PI * (size * scale) ** 2, 0);

  it('shrink all by one factor until together they cover the allowed share of the square', () => {
    const sizes = Array.from({ length: 311 }, (_, i) => (i < 40 ? 44 - i / 2 : 11));
    const scale = discFitScale(sizes, 640);
    expect(scale).toBeLessThan(1);
    expect(area(sizes, scale) / 640 ** 2).toBeCloseTo(DISC_AREA_SHARE, 6);
  });

  it('keep their pixel sizes when they fit already, and grow no larger', () => {
    expect(discFitScale([10, 20, 30], 640)).toBe(1);
    expect(discFitScale([], 640)).toBe(1);
  });

  it('scale with the viewport, as sigma scales the positions: a resize makes no new overlap', () => {
    const sizes = Array.from({ length: 300 }, (_, i) => 20 + 3 * (i % 7));
    expect(discFitScale(sizes, 400) / discFitScale(sizes, 800)).toBeCloseTo(0.5, 9);
  });
});

describe('pushing discs apart', () => {
  const touching = (discs: readonly Disc[]) => discs.flatMap((a, i) => discs.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.size + b.size - 1e-9)).length;

  it('leaves none touching in a dense pile, where each is drawn over others', () => {
    // 300 discs on a square of 200 px: together they cover about 40 % of it.
    const discs = Array.from({ length: 300 }, (_, i) => {
      const [dx, dy] = seededOffsets(`disc ${i}`);
      return { x: dx * 200, y: dy * 200, size: i < 20 ? 10 : 3.5 };
    });
    expect(touching(discs)).toBeGreaterThan(100);
    expect(separateDiscs(discs, 2, 100)).toBe(true);
    expect(touching(discs)).toBe(0);
  });

  it('moves nothing when no two discs touch, and parts discs drawn at one spot', () => {
    const apart = [
      { x: 0, y: 0, size: 5 },
      { x: 11, y: 0, size: 5 },
    ];
    expect(separateDiscs(apart, 2, 100)).toBe(false);
    expect(apart).toEqual([
      { x: 0, y: 0, size: 5 },
      { x: 11, y: 0, size: 5 },
    ]);
    const stacked = [
      { x: 0, y: 0, size: 5 },
      { x: 0, y: 0, size: 5 },
      { x: 0, y: 0, size: 5 },
    ];
    expect(separateDiscs(stacked, 2, 100)).toBe(true);
    expect(touching(stacked)).toBe(0);
  });

  it('moves the smaller disc of a pair more, so large actors keep their places', () => {
    const [large, small] = [
      { x: 0, y: 0, size: 30 },
      { x: 20, y: 0, size: 5 },
    ];
    separateDiscs([large, small], 2, 100);
    expect(small.x - large.x).toBeCloseTo(37, 9);
    expect(Math.abs(large.x)).toBeLessThan(Math.abs(small.x - 20));
  });
});

describe('zooming the timeline', () => {
  const all = { from: '2010-01', to: '2019-12' };
  it('halves or doubles the window around its centre, within the whole span', () => {
    expect(zoomWindow({ from: '2018-01', to: '2018-12' }, all, 0.5)).toEqual({ from: '2018-04', to: '2018-09' });
    expect(zoomWindow({ from: '2018-01', to: '2018-12' }, all, 2)).toEqual({ from: '2017-07', to: '2019-06' });
    // Against the end of the data the window slides back instead of leaving it.
    expect(zoomWindow({ from: '2019-01', to: '2019-12' }, all, 2)).toEqual({ from: '2018-01', to: '2019-12' });
    expect(zoomWindow({ from: '2012-01', to: '2019-12' }, all, 4)).toEqual(all);
  });

  it('always moves by at least a month, and never below one', () => {
    expect(zoomWindow({ from: '2018-01', to: '2018-02' }, all, 0.8)).toEqual({ from: '2018-01', to: '2018-01' });
    expect(zoomWindow({ from: '2018-01', to: '2018-01' }, all, 0.5)).toEqual({ from: '2018-01', to: '2018-01' });
  });
});

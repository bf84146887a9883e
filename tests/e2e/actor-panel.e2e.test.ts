/** The actor panel follows the map's relation types and sorts its relations by events or date. */
import { describe, expect, it } from 'vitest';
import { useExplorer } from './explorer-page.ts';

const { open } = useExplorer();

describe('the actor panel', () => {
  it('puts the preset’s relations first, folds the others, and sorts by events or by date', async () => {
    const { page, context, errors } = await open('/?preset=alliances&actor=KP');
    const panel = page.locator('.actor-panel[data-actor="KP"]');
    await panel.locator('.relation-group').first().waitFor();
    // Outside the folded part only the Alliances preset's types.
    const shown = await panel.locator(':scope > .relation-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-relation')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((type) => ['ALLIED_WITH', 'DEFENSE_PACT', 'MILITARY_AID', 'DEPLOYS_TROOPS_TO'].includes(type!))).toBe(true);
    expect(await panel.locator('.other-relations .relation-group').count()).toBeGreaterThan(0);

    // The sample's North Korea has relations of several types: every group is read, folded or not.
    await panel.locator('.other-relations summary').click();
    const rows = async () =>
      panel
        .locator('.relation-group')
        .evaluateAll((groups) =>
          groups.map((g) => [...g.querySelectorAll('.relation')].map((r) => ({ count: Number(r.getAttribute('data-count')), last: r.getAttribute('data-last-date') ?? '' }))),
        );
    const sorted = <T>(values: T[], compare: (a: T, b: T) => number) => values.every((v, i) => i === 0 || compare(values[i - 1]!, v) >= 0);
    const count = panel.getByRole('columnheader', { name: /Events/ });
    const date = panel.getByRole('columnheader', { name: /Latest date/ });
    expect(await count.getAttribute('aria-sort')).toBe('descending');
    for (const group of await rows()) expect(sorted(group, (a, b) => a.count - b.count)).toBe(true);
    await count.click();
    expect(await count.getAttribute('aria-sort')).toBe('ascending');
    for (const group of await rows()) expect(sorted(group, (a, b) => b.count - a.count)).toBe(true);
    await date.click();
    expect(await date.getAttribute('aria-sort')).toBe('descending');
    expect(await count.getAttribute('aria-sort')).toBe('none');
    for (const group of await rows()) expect(sorted(group, (a, b) => a.last.localeCompare(b.last))).toBe(true);
    // The sample holds at least one group of several relations, so the orders above were tested.
    expect((await rows()).some((group) => group.length > 1)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** An evidence sentence shows the words its rule read and the two actors, marked by role, in the built app. */
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useExplorer } from './explorer-page.ts';

const { open } = useExplorer();

describe('evidence marks', () => {
  it('mark the trigger and both actors of a relation in its evidence sentence', async () => {
    const { page, context, errors } = await open('/?actor=IR');
    const relation = page.locator('.actor-panel[data-actor="IR"] .relation-group[data-relation="SANCTIONS"] .relation[data-other="EU"]');
    await relation.waitFor();
    await relation.locator('.relation-toggle').click();
    const sentence = relation.locator('.evidence li blockquote').first();
    await sentence.locator('mark').first().waitFor();
    const marked = (role: string) => sentence.locator(`mark[data-role="${role}"]`).allTextContents();
    // «… سيفرضون عقوبات تستهدف إيرانيين …»: the future verb with its prefix, written whole.
    expect(await marked('trigger')).toEqual(['سيفرضون', 'عقوبات', 'تستهدف']);
    expect(await marked('source')).toEqual(['الاتحاد الأوروبي']);
    expect(await marked('target')).toEqual(['إيرانيين']);
    expect(await sentence.locator('mark[data-role="source"]').getAttribute('title')).toBe('Source actor');
    // The marks cut the sentence, they add nothing to it.
    expect((await sentence.textContent())!.includes('الاتحاد الأوروبي')).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-evidence-marks.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * The ingest's statements keep the plan Neo4j first gives them (CYPHER replan=skip), and during an
 * ingest that plan is made on an empty graph. It must then reach every node through an index: a plan
 * that scans a label is cheap on an empty graph and would be kept as the graph grows.
 */
import type { ProfiledPlan, Plan } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KEPT_PLAN_STATEMENTS } from '@entente/store';
import { freshDatabase, type TestDatabase } from '../support/neo4j.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => db?.close());

function operators(plan: Plan | ProfiledPlan): string[] {
  return [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap(operators)];
}

it('plans every ingest statement on an empty graph with index seeks only', async () => {
  expect(KEPT_PLAN_STATEMENTS.length).toBeGreaterThan(10);
  for (const statement of KEPT_PLAN_STATEMENTS) {
    const { summary } = await db.driver.executeQuery(`EXPLAIN ${statement}`, {}, { database: db.database });
    const plan = operators(summary.plan as Plan);
    expect(
      plan.some((op) => op.includes('IndexSeek')),
      statement,
    ).toBe(true);
    expect(
      plan.filter((op) => /Scan/.test(op)),
      statement,
    ).toEqual([]);
  }
});

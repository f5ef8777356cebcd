import { test } from './fixtures';
import { combinedJourney } from './combined-journey';

// Five people, three departments, two rounds: more time than the default per test.
test.describe.configure({ timeout: 360_000 });

test('a construction permit stage application goes through its departments to one combined result', async ({ page }) => {
  // The seeded phase one is at the construction permit stage, in the assessed area.
  await combinedJourney(page, '新型绿色建材产业园项目（一期）');
});

import { test } from './fixtures';
import { combinedJourney, createConstructionStageProject } from './combined-journey';

test.describe.configure({ timeout: 420_000 });

test('on a phone: a construction permit stage application goes through its departments to one combined result', async ({
  page,
}) => {
  await createConstructionStageProject(page, '电梯部件智能仓储项目');
  await combinedJourney(page, '电梯部件智能仓储项目');
});

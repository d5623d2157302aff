import type { JobKind, JobRequest, JobResult } from '../jobProtocol';
import type { JobContext } from './jobContext';
import { runDemoJob } from './demoJob';
import { runDomainClassifierJob } from './domainClassifierJob';
import { runDriftJob } from './driftJob';
import { runDriftOverTimeJob } from './driftOverTimeJob';
import { runFilterCheckJob } from './filterCheckJob';
import { runSourceOverviewJob } from './sourceOverviewJob';
import { runSourceProfileJob } from './sourceProfileJob';
import { runSourceSchemaJob } from './sourceSchemaJob';
import { runSqlQueryJob } from './sqlQueryJob';

type JobHandler<K extends JobKind> = (request: JobRequest<K>, context: JobContext) => Promise<JobResult<K>>;

/** Every job a worker can run, in one explicit table (no registration by import side effect). */
export const jobHandlers: { [K in Exclude<JobKind, 'debug.crash'>]: JobHandler<K> } = {
  'source.schema': runSourceSchemaJob,
  'source.profile': runSourceProfileJob,
  'source.overview': runSourceOverviewJob,
  'sql.query': runSqlQueryJob,
  'drift.aggregate': runDriftJob,
  'drift.overTime': runDriftOverTimeJob,
  'drift.domainClassifier': runDomainClassifierJob,
  'filter.check': runFilterCheckJob,
  'demo.write': runDemoJob,
};

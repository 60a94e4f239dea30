import { projectRoot } from '../common/project-root';
import { locateTemporalCli } from '../temporal/temporal-cli';

/** Finds or installs the Temporal CLI into the project's .tools folder; prints its path. */
locateTemporalCli(projectRoot(), (m) => console.error(m))
  .then((cli) => console.log(cli))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });

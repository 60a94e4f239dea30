import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { runMigrations } from '../database/prepare-database';
import { RegionImportService } from '../regions/region-import.service';

/**
 * `npm run regions:import`: migrations, then the idn-area-data import, skipped when the data is the one
 * last imported (`-- --force` imports anyway); prints the figures as one JSON line.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(' ')}: usage: npm run regions:import [-- --force]`);
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    await runMigrations(dataSource);
    const result = await new RegionImportService(dataSource).importAll({ force: args.includes('--force') });
    console.log(JSON.stringify(result));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import { Global, Module } from '@nestjs/common';
import { InMemoryKeyValueStore } from './in-memory-key-value.store';
import { KeyValueStore } from './key-value.store';

const MAX_KEYS = 100_000;

/** Provides the shared KeyValueStore to every feature (in memory; Redis when scale-out is configured). */
@Global()
@Module({
  providers: [{ provide: KeyValueStore, useFactory: () => new InMemoryKeyValueStore({ maxKeys: MAX_KEYS }) }],
  exports: [KeyValueStore],
})
export class StateModule {}

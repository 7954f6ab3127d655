import { Module } from '@nestjs/common';
import { CorpusService } from './corpus.service';

@Module({
  providers: [CorpusService],
  exports: [CorpusService],
})
export class CorpusModule {}

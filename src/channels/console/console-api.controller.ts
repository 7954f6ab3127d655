import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { parseInput } from '../../common/zod-input';
import { CorpusService } from '../../corpus/corpus.service';
import { Gap, GapsService } from '../../records/gaps.service';
import { RecordsExportService } from '../../records/records-export.service';
import { ConsoleAuthGuard } from './console-auth.guard';
import { exportQuerySchema, gapsQuerySchema } from './console-query.schema';

/** Data only staff may see: questions the assistant could not answer, exports, the whole clause tree. */
@Controller('api/console')
@UseGuards(ConsoleAuthGuard)
export class ConsoleApiController {
  constructor(
    private readonly gaps: GapsService,
    private readonly exports: RecordsExportService,
    private readonly corpus: CorpusService,
  ) {}

  @Get('gaps')
  async recentGaps(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response): Promise<{ items: Gap[] }> {
    res.set('cache-control', 'no-store');
    return { items: await this.gaps.recent(parseInput(gapsQuerySchema, query, '查询参数')) };
  }

  @Get('export.csv')
  async exportCsv(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { kind, from, to } = parseInput(exportQuerySchema, query, '导出参数');
    const csv = await this.exports.csv(kind, { from, to });
    res
      .status(200)
      .set({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${kind}-${from}_${to}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(csv);
  }

  /** The whole policy in document order, for the console's navigable clause tree. */
  @Get('clauses')
  clauses() {
    return this.corpus.all().map((c) => ({
      clauseId: c.id,
      label: c.label,
      kind: c.kind,
      headingPath: c.headingPath,
      text: c.text,
      parentId: c.parentId ?? null,
      childIds: c.childIds,
    }));
  }
}

import { Controller, Get, Logger, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { parseInput } from '../../common/zod-input';
import { CorpusService } from '../../corpus/corpus.service';
import { Gap, GapsService } from '../../records/gaps.service';
import { RecordsExportService } from '../../records/records-export.service';
import { ConsoleAuthGuard } from './console-auth.guard';
import { exportQuerySchema, gapsQuerySchema } from './console-query.schema';
import { ApiDoc } from '../../common/api-doc.decorator';
import { clauseTreeResponse, errorResponse, gapsResponse } from '../api/openapi/response.schemas';

const CONSOLE_ERRORS = {
  401: { description: '未登录且未提供令牌（UNAUTHORIZED）', schema: errorResponse },
  404: { description: '坐席工作台未启用：未设置 CONSOLE_TOKEN（NOT_FOUND）', schema: errorResponse },
};

/**
 * Writes the pieces to the response as they come, waiting whenever the client reads slower than the
 * records are read. Stops reading if the client goes away; an error after the headers went out cuts the
 * connection, so a partial file never passes for a complete one.
 */
async function streamTo(res: Response, pieces: AsyncIterable<string>): Promise<void> {
  try {
    for await (const piece of pieces) {
      if (res.destroyed) return; // leaving the loop closes the record files
      if (!res.write(piece)) await drainedOrClosed(res);
    }
    res.end();
  } catch (error) {
    new Logger('ConsoleExport').error(`导出中断：${(error as Error).message}`);
    res.destroy(error as Error);
  }
}

function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((go) => {
    const on = () => {
      res.off('drain', on);
      res.off('close', on);
      go();
    };
    res.on('drain', on);
    res.on('close', on);
  });
}

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
  @ApiDoc({
    tag: '坐席',
    summary: '待改进问题：未能回答（fallback、policy-silent、out-of-scope）或被评“没帮助”的问题，最新在前',
    query: gapsQuerySchema,
    auth: 'console',
    responses: { 200: { description: '问题列表', schema: gapsResponse }, ...CONSOLE_ERRORS },
  })
  async recentGaps(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response): Promise<{ items: Gap[] }> {
    res.set('cache-control', 'no-store');
    return { items: await this.gaps.recent(parseInput(gapsQuerySchema, query, '查询参数')) };
  }

  @Get('export.csv')
  @ApiDoc({
    tag: '坐席',
    summary: '导出问答记录或用户评价（CSV，UTF-8 带 BOM，日期为北京时间，默认最近 30 天）',
    query: exportQuerySchema,
    auth: 'console',
    responses: { 200: { description: 'CSV 文件（附件）', contentType: 'text/csv' }, ...CONSOLE_ERRORS },
  })
  async exportCsv(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { kind, from, to } = parseInput(exportQuerySchema, query, '导出参数');
    res.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${kind}-${from}_${to}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    // Streamed as it is read: a month of records may be far larger than the memory of this process.
    await streamTo(res, this.exports.csv(kind, { from, to }));
  }

  /** The whole policy in document order, for the console's navigable clause tree. */
  @Get('clauses')
  @ApiDoc({
    tag: '坐席',
    summary: '政策全文条款树（按文档顺序）',
    auth: 'console',
    responses: { 200: { description: '全部条款', schema: clauseTreeResponse }, ...CONSOLE_ERRORS },
  })
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

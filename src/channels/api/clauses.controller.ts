import { Controller, Get, Param, Query } from '@nestjs/common';
import { parseInput } from '../../common/zod-input';
import { Clause } from '../../corpus/clause';
import { CorpusService } from '../../corpus/corpus.service';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { searchQuerySchema } from '../../retrieval/search-query.schema';
import { z } from 'zod';
import { ApiDoc } from '../../common/api-doc.decorator';
import { clauseHitsResponse, clauseResponse, errorResponse } from './openapi/response.schemas';

function clauseView(c: Clause) {
  return {
    clauseId: c.id,
    label: c.label,
    headingPath: c.headingPath,
    text: c.text,
    parentId: c.parentId ?? null,
    childIds: c.childIds,
  };
}

const clauseIdParams = z.object({
  clauseId: z.string().describe('条款编号，如 art.4.2、goal.1、final.stacking（见 docs/api.md 的编号表）'),
});

@Controller('api/clauses')
export class ClausesController {
  constructor(
    private readonly retrieval: RetrievalService,
    private readonly corpus: CorpusService,
  ) {}

  @Get()
  @ApiDoc({
    tag: '条款',
    summary: '按问题检索政策条款（BM25 + 向量，融合排序）',
    query: searchQuerySchema,
    responses: { 200: { description: '按相关度排序的条款', schema: clauseHitsResponse } },
  })
  async search(@Query() query: Record<string, unknown>) {
    const { q, k } = parseInput(searchQuerySchema, query, '检索参数');
    const hits = await this.retrieval.search(q, k);
    return hits.map((h) => ({ clauseId: h.clause.id, label: h.clause.label, text: h.clause.text, score: h.score }));
  }

  @Get(':clauseId')
  @ApiDoc({
    tag: '条款',
    summary: '按编号取一个条款的原文、标题路径和上下级',
    params: clauseIdParams,
    responses: {
      200: { description: '条款', schema: clauseResponse },
      404: { description: '条款编号不存在（CLAUSE_NOT_FOUND）', schema: errorResponse },
    },
  })
  get(@Param('clauseId') clauseId: string) {
    const clause = this.corpus.get(clauseId);
    const doc = this.corpus.document(clause.docId);
    return {
      ...clauseView(clause),
      document: doc ? { id: doc.meta.id, title: doc.meta.title, status: doc.meta.status } : null,
    };
  }
}

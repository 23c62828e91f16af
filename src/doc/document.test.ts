import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from './document.ts';

describe('Document.regions', () => {
  const text = 'العنوان\nاقرأ أيضاً: شيء\nالفقرة الأولى.\nعذراً التعليقات مغلقة';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

  it.each([
    { name: 'whole text when nothing is known', meta: plainMeta(text), want: [text] },
    {
      name: 'title, then body without boilerplate',
      meta: {
        ...plainMeta(text),
        titleRange: { start: 0, end: 7 },
        body: { start: 8, end: text.indexOf('\nعذراً') },
        boilerplate: [{ ...at('اقرأ أيضاً: شيء'), kind: 'read-also' as const }, { ...at('عذراً التعليقات مغلقة'), kind: 'comments-closed' as const }],
      },
      want: ['العنوان', '\nالفقرة الأولى.'],
    },
  ])('$name', ({ meta, want }) => {
    const d = new Document(text, meta);
    expect(d.regions().map((r) => text.slice(r.start, r.end))).toEqual(want);
  });

  it('gives the body text without boilerplate or title', () => {
    const meta = {
      ...plainMeta(text),
      titleRange: { start: 0, end: 7 },
      body: { start: 8, end: text.length },
      boilerplate: [{ ...at('اقرأ أيضاً: شيء'), kind: 'read-also' as const }, { ...at('عذراً التعليقات مغلقة'), kind: 'comments-closed' as const }],
    };
    expect(new Document(text, meta).bodyText()).toBe('الفقرة الأولى.');
  });
});

/** Every annotation is a half-open range of UTF-16 offsets into Article.text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  /** Always equals article.text.slice(start, end). */
  text: string;
}

export function slice(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

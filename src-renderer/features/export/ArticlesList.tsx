import { useEffect, useId, useRef, useState } from 'react';
import { useI18n, useMessages } from '../../i18n/i18n';
import { DraftArticlesButton } from './DraftArticlesButton';
import { exportMessages } from './messages';
import { moveArticle, newArticle, type DraftArticle } from './noteDraft';

/** The schema's limits (collegeNoteSchema): at most 50 articles of 10,000 characters. */
const MAX_ARTICLES = 50;
const MAX_ARTICLE_LENGTH = 10_000;

/**
 * Besluit: the numbered articles as an editable list. Add, remove and move keep the keyboard
 * focus on the article (or button) the user was working with, and say what happened.
 */
export function ArticlesList({ articles, onChange }: { articles: DraftArticle[]; onChange(articles: DraftArticle[]): void }) {
  const m = useMessages(exportMessages);
  const { format } = useI18n();
  const baseId = useId();
  const [announcement, setAnnouncement] = useState('');
  // Moving a focused element in the DOM drops its focus: put it back once React has re-rendered.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [articles]);

  const textId = (article: DraftArticle) => `${baseId}-text-${article.key}`;
  const buttonId = (article: DraftArticle, action: 'up' | 'down') => `${baseId}-${action}-${article.key}`;

  const update = (index: number, text: string) =>
    onChange(articles.map((article, i) => (i === index ? { ...article, text } : article)));

  const add = () => {
    const article = newArticle();
    pendingFocus.current = textId(article);
    setAnnouncement(format(m.articleAdded, { number: articles.length + 1 }));
    onChange([...articles, article]);
  };

  const move = (index: number, to: number) => {
    const article = articles[index]!;
    // Keep the focus on the button pressed, unless the article reached the end it moved to.
    const action = to < index ? 'up' : 'down';
    const atEnd = to === 0 || to === articles.length - 1;
    pendingFocus.current = atEnd ? buttonId(article, action === 'up' ? 'down' : 'up') : buttonId(article, action);
    setAnnouncement(format(m.articleMoved, { number: to + 1 }));
    onChange(moveArticle(articles, index, to));
  };

  /** Appends the drafted articles (as many as fit) and puts the focus on the first of them. */
  const appendDrafted = (texts: string[]) => {
    const added = texts.slice(0, MAX_ARTICLES - articles.length).map((text) => newArticle(text.slice(0, MAX_ARTICLE_LENGTH)));
    if (added[0]) pendingFocus.current = textId(added[0]);
    const counted = format(m.articlesDrafted, { count: added.length });
    setAnnouncement(added.length < texts.length ? `${counted} ${format(m.tooManyArticles, { max: MAX_ARTICLES })}` : counted);
    onChange([...articles, ...added]);
  };

  const remove = (index: number) => {
    const neighbour = articles[index + 1] ?? articles[index - 1];
    pendingFocus.current = neighbour ? textId(neighbour) : `${baseId}-add`;
    setAnnouncement(format(m.articleRemoved, { number: index + 1 }));
    onChange(articles.filter((_, i) => i !== index));
  };

  return (
    <div className="articles">
      {articles.length === 0 ? <p className="hint">{m.noArticles}</p> : null}
      <ol className="article-list">
        {articles.map((article, index) => {
          const which = <span className="visually-hidden">{format(m.whichArticle, { number: index + 1 })}</span>;
          return (
            <li key={article.key} className="article">
              <div className="field note-field">
                <label htmlFor={textId(article)}>{format(m.article, { number: index + 1 })}</label>
                <textarea
                  id={textId(article)}
                  rows={2}
                  value={article.text}
                  maxLength={MAX_ARTICLE_LENGTH}
                  onChange={(event) => update(index, event.target.value)}
                />
              </div>
              <div className="article-actions">
                <button type="button" id={buttonId(article, 'up')} disabled={index === 0} onClick={() => move(index, index - 1)}>
                  {m.up}
                  {which}
                </button>
                <button
                  type="button"
                  id={buttonId(article, 'down')}
                  disabled={index === articles.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  {m.down}
                  {which}
                </button>
                <button type="button" onClick={() => remove(index)}>
                  {m.remove}
                  {which}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${baseId}-add`} disabled={articles.length >= MAX_ARTICLES} onClick={add}>
        {m.addArticle}
      </button>
      <DraftArticlesButton disabled={articles.length >= MAX_ARTICLES} onDrafted={appendDrafted} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

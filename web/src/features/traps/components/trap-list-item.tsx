import { Link } from 'react-router-dom';
import { trapPagePath } from '../api';

/** A warning's title linked to its page, with its first words. */
export function TrapListItem({ slug, title, summary }: { slug: string; title: string; summary?: string }) {
  return (
    <li>
      <Link to={trapPagePath(slug)}>{title}</Link>
      {summary ? <p className="muted small">{summary}</p> : null}
    </li>
  );
}

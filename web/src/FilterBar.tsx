import { useEffect, useState } from "preact/hooks";
import { exportHref } from "./api.ts";
import { FILTER_KEYS, type Filters, navigate, withFilters } from "./route.ts";
import { MODALITIES, TYPES } from "./types.ts";

/** Every filter of the API as a form field; applying writes them to the address. */
export function FilterBar(props: { filters: Filters }) {
  const [draft, setDraft] = useState<Filters>(props.filters);
  useEffect(() => setDraft(props.filters), [JSON.stringify(props.filters)]);
  const set = (k: keyof Filters) => (e: Event) =>
    setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value });
  const apply = (e: Event) => {
    e.preventDefault();
    const all: Filters = {};
    for (const k of FILTER_KEYS) {
      all[k] = draft[k] || undefined;
    }
    navigate(withFilters(all));
  };
  const active = Object.values(props.filters).some(Boolean);
  return (
    <form class="filters" onSubmit={apply} aria-label="Filters">
      <label>
        Type
        <select name="type" value={draft.type ?? ""} onChange={set("type")}>
          <option value="">any</option>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="since" value={draft.since ?? ""} onChange={set("since")} />
      </label>
      <label>
        To
        <input type="date" name="until" value={draft.until ?? ""} onChange={set("until")} />
      </label>
      <label>
        Country
        <input
          name="country"
          size={4}
          maxLength={3}
          placeholder="KAZ"
          value={draft.country ?? ""}
          onInput={set("country")}
        />
      </label>
      <label>
        Place
        <input name="place" size={10} value={draft.place ?? ""} onInput={set("place")} />
      </label>
      <label>
        Actor
        <input name="actor" size={10} value={draft.actor ?? ""} onInput={set("actor")} />
      </label>
      <label>
        Source
        <input name="source" size={10} value={draft.source ?? ""} onInput={set("source")} />
      </label>
      <label>
        Modality
        <select name="modality" value={draft.modality ?? ""} onChange={set("modality")}>
          <option value="">any</option>
          {MODALITIES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label>
        Min. confidence
        <input
          name="confidence"
          type="number"
          min={0}
          max={1}
          step={0.05}
          size={4}
          value={draft.confidence ?? ""}
          onInput={set("confidence")}
        />
      </label>
      <button type="submit">Apply</button>
      {active && (
        <button type="button" onClick={() => navigate(location.pathname)}>
          Clear
        </button>
      )}
      <span class="exports">
        Export:{" "}
        {["csv", "jsonl", "geojson"].map((f) => (
          <a key={f} href={exportHref(f, props.filters)} download>
            {f}
          </a>
        ))}
      </span>
    </form>
  );
}

// An accessible entity picker (ARIA 1.2 combobox with a listbox popup): type to get suggestions
// from `search`, arrows to move, Enter to choose, Escape to close.

import { search } from "./api.js";
import { describeEntity } from "./format.js";

let instances = 0;

export class EntityCombobox {
  /**
   * @param {HTMLInputElement} input  the text field (its <label> names it)
   * @param {{ onChoose: (entity) => void, status?: (text: string) => void }} options
   */
  constructor(input, { onChoose, status }) {
    this.input = input;
    this.onChoose = onChoose;
    this.status = status ?? (() => {});
    this.hits = [];
    this.active = -1;
    this.request = 0;
    this.chosen = null;
    const id = `${input.id || "combo"}-listbox-${++instances}`;
    this.listbox = document.createElement("ul");
    this.listbox.id = id;
    this.listbox.className = "suggestions";
    this.listbox.setAttribute("role", "listbox");
    this.listbox.setAttribute("aria-label", `Suggestions for ${input.labels?.[0]?.textContent ?? "search"}`);
    this.listbox.hidden = true;
    input.insertAdjacentElement("afterend", this.listbox);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.autocomplete = "off";
    input.spellcheck = false;

    let timer;
    input.addEventListener("input", () => {
      this.chosen = null;
      clearTimeout(timer);
      timer = setTimeout(() => this.suggest(), 180);
    });
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    this.listbox.addEventListener("mousedown", (event) => event.preventDefault());
    this.listbox.addEventListener("click", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) this.choose(Number(option.dataset.index));
    });
  }

  /** Shows an entity as chosen without searching (e.g. restored from the URL). */
  set(entity) {
    this.chosen = entity;
    this.input.value = entity ? entity.name : "";
  }

  async suggest() {
    const text = this.input.value.trim();
    const request = ++this.request;
    if (!text) return this.close();
    this.input.setAttribute("aria-busy", "true");
    try {
      const hits = await search(text.slice(0, 200), 8);
      if (request !== this.request) return;
      this.render(hits);
      this.status(
        hits.length
          ? `${hits.length} suggestion${hits.length === 1 ? "" : "s"} for “${text}”; arrow keys to move, Enter to choose.`
          : `No entity matches “${text}”.`,
      );
    } catch (error) {
      if (request !== this.request) return;
      this.render([]);
      this.status(`Search failed: ${error.message}`);
    } finally {
      if (request === this.request) this.input.removeAttribute("aria-busy");
    }
  }

  render(hits) {
    this.hits = hits;
    this.active = -1;
    this.listbox.replaceChildren(...(hits.length ? hits.map((hit, index) => this.option(hit, index)) : [emptyOption()]));
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.input.removeAttribute("aria-activedescendant");
  }

  option(hit, index) {
    const li = document.createElement("li");
    li.id = `${this.listbox.id}-${index}`;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    li.dataset.index = String(index);
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = hit.entity.name;
    const meta = document.createElement("span");
    meta.className = "meta";
    const matched = hit.matched && hit.matched !== hit.entity.name ? ` · matched “${hit.matched}”` : "";
    meta.textContent = `${describeEntity(hit.entity)}${matched}`;
    li.append(name, meta);
    return li;
  }

  move(delta) {
    if (!this.hits.length) return;
    this.active = (this.active + delta + this.hits.length) % this.hits.length;
    for (const li of this.listbox.children) li.setAttribute("aria-selected", String(Number(li.dataset.index) === this.active));
    const current = this.listbox.children[this.active];
    this.input.setAttribute("aria-activedescendant", current.id);
    current.scrollIntoView({ block: "nearest" });
  }

  onKey(event) {
    const open = !this.listbox.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) this.suggest();
      else this.move(1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (open) this.move(-1);
    } else if (event.key === "Enter") {
      // Enter on a field that already holds a choice submits its form (e.g. "Find paths").
      if (!open && this.chosen && this.input.value === this.chosen.name) return;
      event.preventDefault();
      if (open && this.hits.length) this.choose(this.active >= 0 ? this.active : 0);
      else if (!open && this.input.value.trim()) this.suggest();
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        this.close();
      }
    }
  }

  choose(index) {
    const hit = this.hits[index];
    if (!hit) return;
    this.set(hit.entity);
    this.close();
    this.onChoose(hit.entity);
  }

  close() {
    this.request++;
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.input.removeAttribute("aria-busy");
  }
}

function emptyOption() {
  const li = document.createElement("li");
  li.className = "empty";
  li.setAttribute("aria-disabled", "true");
  li.textContent = "No matching entity";
  return li;
}

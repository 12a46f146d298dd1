/** Small DOM builders: elements are made with properties and children, never from HTML strings. */
type Child = Node | string | null | undefined | false;

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	properties: Partial<Record<string, string | number | boolean>> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	for (const [name, value] of Object.entries(properties)) {
		if (value === undefined || value === false) continue;
		if (name === 'class') created.className = String(value);
		else if (name === 'text') created.textContent = String(value);
		else created.setAttribute(name, value === true ? '' : String(value));
	}
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		created.append(child);
	}
	return created;
}

export function button(
	label: string,
	onClick: () => void,
	properties: Partial<Record<string, string | number | boolean>> = {},
): HTMLButtonElement {
	const created = element('button', { type: 'button', ...properties }, label);
	created.addEventListener('click', onClick);
	return created;
}

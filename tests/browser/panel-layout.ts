/** The page around the panel and the settings: a right sidebar and a settings modal, with Obsidian's class names. */
export const PANEL_BODY = '<div class="workspace"><div class="workspace-split mod-right-split" id="sidebar"></div><div class="modal-container"><div class="modal mod-settings"><div class="vertical-tab-content-container" id="settings"></div></div></div></div>';

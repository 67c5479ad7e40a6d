-- Text search ranks the newest matches only (DocumentRegister.SEARCH_WINDOW): a common word is then found
-- by walking the register newest first and stopping at the window, instead of ranking every match.
create index document_newest on document (issued_on desc, id desc);

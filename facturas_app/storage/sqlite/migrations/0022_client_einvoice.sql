-- Electronic invoices (issue #20). A client may ask for its invoices as UBL 2.1 (EN 16931) or as
-- Facturae 3.2.2: the XML then goes with the invoice email. A public administration receives
-- Facturae through FACe addressed to three DIR3 offices (accounting office, managing body,
-- processing unit), written into the document's AdministrativeCentres.
ALTER TABLE clients ADD COLUMN einvoice_format TEXT NOT NULL DEFAULT ''
    CHECK (einvoice_format IN ('', 'ubl', 'facturae'));
ALTER TABLE clients ADD COLUMN dir3_oficina_contable TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN dir3_organo_gestor TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN dir3_unidad_tramitadora TEXT NOT NULL DEFAULT '';

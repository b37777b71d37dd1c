<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name></name>
    <message>
        <location filename="../../ui/views/payments.py" line="38"/>
        <source>Transferencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="39"/>
        <source>Tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="40"/>
        <source>Efectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="43"/>
        <source>Domiciliación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="44"/>
        <source>Otro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="47"/>
        <source>Carpeta: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="50"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="50"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="50"/>
        <source>Tamaño</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="56"/>
        <source>Hacer copia ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="57"/>
        <source>Restaurar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="58"/>
        <source>Restaurar desde archivo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="96"/>
        <source>Diaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="97"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="98"/>
        <source>Antes de actualizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="99"/>
        <source>Antes de restaurar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="113"/>
        <source>Haciendo copia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="118"/>
        <source>Copia creada: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="136"/>
        <location filename="../../ui/views/backup_panel.py" line="152"/>
        <source>Restaurar copia de seguridad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="138"/>
        <source>Copias de Facturas (*.sqlite3);;Todos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="154"/>
        <source>Se sustituirán los datos actuales por la copia %1. Antes se guarda una copia de los datos actuales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="160"/>
        <source> y %1 más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="163"/>
        <source>La copia no contiene %1 factura(s) emitidas después; se perderán:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="167"/>
        <source>Restaurar y perder %1 factura(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="172"/>
        <source>Restaurar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="187"/>
        <source>Restauración cancelada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="190"/>
        <source>Restaurando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_panel.py" line="201"/>
        <source>Restaurada. Copia de los datos anteriores: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessFields</name>
    <message>
        <location filename="../../ui/views/settings.py" line="70"/>
        <source>Elegir logotipo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Logotipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Imágenes (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="47"/>
        <source>Editar cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="47"/>
        <source>Nuevo cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="63"/>
        <source>varias direcciones separadas por comas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="68"/>
        <source> días</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="93"/>
        <source>Nombre o razón social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="94"/>
        <source>País</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="95"/>
        <source>NIF / ID fiscal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="96"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="97"/>
        <source>Código postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="98"/>
        <source>Ciudad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="99"/>
        <source>Correo electrónico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="100"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="101"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="102"/>
        <source>Plazo de pago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="103"/>
        <source>Idioma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/client_dialog.py" line="104"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/models/client_list.py" line="99"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="100"/>
        <source>NIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="101"/>
        <source>Ciudad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="102"/>
        <source>Correo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list.py" line="103"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message numerus="yes">
        <location filename="../../ui/views/clients.py" line="126"/>
        <source>%n factura(s) · Facturado: {0} · Pendiente: {1}</source>
        <translation>
            <numerusform>%n factura · Facturado: {0} · Pendiente: {1}</numerusform>
            <numerusform>%n facturas · Facturado: {0} · Pendiente: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/views/invoices.py" line="53"/>
        <source>Cliente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_picker.py" line="37"/>
        <source>Buscar cliente por nombre o NIF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/views/clients.py" line="36"/>
        <source>Buscar por nombre, NIF, ciudad o correo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="42"/>
        <source>Nuevo cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="44"/>
        <source>Editar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="46"/>
        <source>Ficha y facturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="53"/>
        <source>&lt;h2&gt;Clientes&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="99"/>
        <source>Pendiente de cobro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="100"/>
        <source>Vencido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="101"/>
        <source>Facturado este mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="102"/>
        <source>Facturado este año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="109"/>
        <source>Número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="110"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="111"/>
        <source>Vencimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="112"/>
        <source>Días</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="113"/>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="119"/>
        <source>&lt;h2&gt;Resumen&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="121"/>
        <source>&lt;h3&gt;Facturas más vencidas&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard.py" line="135"/>
        <source>%n factura(s) vencida(s)</source>
        <translation>
            <numerusform>%n factura vencida</numerusform>
            <numerusform>%n facturas vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="53"/>
        <source>Se emitirá la factura en la serie %1 con fecha %2.
Una vez emitida no se podrá modificar: solo rectificar o anular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="57"/>
        <source>Emitir factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="58"/>
        <source>Emitir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="59"/>
        <location filename="../../ui/views/editor_dialogs.py" line="72"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="66"/>
        <source>Cambios sin guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="67"/>
        <source>La factura tiene cambios sin guardar. ¿Quiere guardarlos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="70"/>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="71"/>
        <source>Descartar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="87"/>
        <source>Anular factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="88"/>
        <source>Motivo de la anulación de %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="95"/>
        <source>Exportar PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="95"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="91"/>
        <source>Se ha producido un error inesperado. Los detalles se han guardado en el registro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/__init__.py" line="61"/>
        <source>Facturas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/views/first_run.py" line="38"/>
        <source>Bienvenido a Facturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="45"/>
        <source>Su negocio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="46"/>
        <source>Estos datos aparecerán en sus facturas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="48"/>
        <source>Nombre o razón social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="49"/>
        <source>Nombre comercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="50"/>
        <source>País</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="51"/>
        <source>NIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="56"/>
        <source>Dirección y contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="57"/>
        <source>La dirección fiscal y el correo de facturación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="59"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="60"/>
        <source>Código postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="61"/>
        <source>Ciudad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="62"/>
        <source>Correo electrónico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="63"/>
        <source>Logotipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="70"/>
        <source>Cobros e impuestos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="71"/>
        <source>Valores por defecto para las facturas nuevas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="73"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="74"/>
        <source>Serie de facturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="75"/>
        <source>IVA por defecto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="76"/>
        <source>IRPF por defecto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="77"/>
        <source>Idioma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/first_run.py" line="89"/>
        <source>Empezar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditorView</name>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="95"/>
        <source>Corrija los valores marcados en rojo antes de guardar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="103"/>
        <source>Elija un cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="143"/>
        <source>Línea %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="252"/>
        <location filename="../../ui/views/invoice_editor.py" line="74"/>
        <source>Exportar PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_actions.py" line="253"/>
        <source>La exportación a PDF está pendiente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="72"/>
        <source>Guardar borrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="73"/>
        <source>Emitir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="75"/>
        <source>Rectificar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="76"/>
        <source>Anular…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="284"/>
        <source>Hay un valor no válido en las líneas (marcado en rojo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="286"/>
        <source>Hay %1 valores no válidos en las líneas (marcados en rojo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="311"/>
        <source>Factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="313"/>
        <source>Factura %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="316"/>
        <source>Borrador — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="318"/>
        <source>Nueva factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="355"/>
        <source>Borrador de factura rectificativa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="362"/>
        <source>Factura anulada %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoice_editor.py" line="367"/>
        <source>Factura emitida %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceForm</name>
    <message>
        <location filename="../../ui/views/editor_form.py" line="71"/>
        <source>Transferencia bancaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="72"/>
        <source>Tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="73"/>
        <source>Efectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="74"/>
        <source>Bizum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="75"/>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="76"/>
        <source>Domiciliación bancaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="77"/>
        <source>Otra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="85"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="87"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="89"/>
        <source>Fecha de emisión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="91"/>
        <source>Vencimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="93"/>
        <source>Retención IRPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="101"/>
        <source>Formas de pago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="109"/>
        <source>Notas que aparecerán en la factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="111"/>
        <source>Gracias por su confianza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="112"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="113"/>
        <source>Mensaje de agradecimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="146"/>
        <source>Rectificativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="148"/>
        <source>Factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_form.py" line="149"/>
        <source>Simplificada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="124"/>
        <location filename="../../ui/models/invoice_lines_model.py" line="134"/>
        <source>Obligatorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="136"/>
        <source>«%1» no es un número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="144"/>
        <source>La cantidad no puede ser cero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="146"/>
        <source>No puede ser negativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="148"/>
        <source>Máximo 6 decimales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="150"/>
        <source>Debe estar entre 0 y 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="152"/>
        <source>Tipo de IVA desconocido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="154"/>
        <source>Una línea exenta no lleva IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="156"/>
        <source>Recargo no válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="212"/>
        <source>Descripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="213"/>
        <source>Cantidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="214"/>
        <source>Unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="215"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="216"/>
        <source>Dto. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="217"/>
        <source>IVA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="218"/>
        <source>Recargo %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="219"/>
        <source>Exención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="220"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_lines_model.py" line="277"/>
        <source>Editar %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="180"/>
        <source>Número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="181"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="182"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="183"/>
        <source>Vencimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="184"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="185"/>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="186"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="187"/>
        <source>Días vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/invoice_list.py" line="211"/>
        <source>(borrador)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../ui/views/invoices.py" line="87"/>
        <source>Todos los estados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="92"/>
        <source>Desde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="92"/>
        <source>Hasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="93"/>
        <source>Buscar número, cliente, concepto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="105"/>
        <source>Nueva factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="113"/>
        <source>&lt;h2&gt;Facturas&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="140"/>
        <source>Cargando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/invoices.py" line="152"/>
        <source>%n factura(s) · Total: {0} · Pendiente: {1}</source>
        <translation>
            <numerusform>%n factura · Total: {0} · Pendiente: {1}</numerusform>
            <numerusform>%n facturas · Total: {0} · Pendiente: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="167"/>
        <source>Abrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="168"/>
        <source>Duplicar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="169"/>
        <source>Emitir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="184"/>
        <source>Emitir factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/invoices.py" line="185"/>
        <source>Al emitirla se le asigna número y ya no se podrá modificar. ¿Emitir la factura?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="173"/>
        <location filename="../../ui/views/editor_lines.py" line="275"/>
        <source>Añadir línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="174"/>
        <location filename="../../ui/views/editor_lines.py" line="283"/>
        <source>Eliminar línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="175"/>
        <source>Subir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="176"/>
        <source>Bajar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="177"/>
        <location filename="../../ui/views/editor_lines.py" line="314"/>
        <source>Recargo de equivalencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="178"/>
        <source>Añade a cada línea el recargo que corresponde a su IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="204"/>
        <source>Deshacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="206"/>
        <source>Rehacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="226"/>
        <source>(ninguna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="289"/>
        <source>Mover línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="310"/>
        <source>Elegir producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_lines.py" line="318"/>
        <source>Recargo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsPanel</name>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="44"/>
        <source>STARTTLS (recomendado, puerto 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="45"/>
        <source>SSL/TLS (puerto 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="53"/>
        <source>(sin cambios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="54"/>
        <source>Solo para esta sesión (no hay llavero del sistema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="56"/>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="57"/>
        <source>Probar conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="67"/>
        <source>Servidor SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="68"/>
        <source>Puerto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="69"/>
        <source>Seguridad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="70"/>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="71"/>
        <source>Contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="73"/>
        <source>Nombre del remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="74"/>
        <source>Dirección del remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="75"/>
        <source>Responder a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="96"/>
        <source>No hay llavero del sistema: la contraseña se pedirá en cada sesión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="136"/>
        <source>Configuración guardada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="150"/>
        <source>Probando la conexión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="156"/>
        <source>Conexión correcta: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/mail_settings.py" line="156"/>
        <source>La prueba ha fallado: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Abriendo sus datos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Listo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Productos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Facturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Cobros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Ajustes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>El editor de facturas no está disponible en esta versión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Abra una factura para usar esta acción.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Nueva factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Guardar borrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;PDF / Imprimir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Salir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Editar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>A&amp;yuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Acerca de Facturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Acerca de Facturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&lt;b&gt;Facturas&lt;/b&gt; {0}&lt;br&gt;Facturación local para autónomos y pymes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/views/outbox.py" line="39"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="39"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="39"/>
        <source>Para</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="39"/>
        <source>Asunto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="39"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="46"/>
        <source>Reintentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="47"/>
        <source>Cancelar envío</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="48"/>
        <source>Marcar como enviado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="49"/>
        <source>Solo si ha comprobado que el mensaje llegó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="69"/>
        <source>En cola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="70"/>
        <source>Enviando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="71"/>
        <source>Enviado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="72"/>
        <source>Fallido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="73"/>
        <source>Desconocido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="74"/>
        <source>Cancelado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/outbox.py" line="126"/>
        <source>Un momento…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/views/payments.py" line="58"/>
        <source>Registrar cobro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="77"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="81"/>
        <source>Factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="82"/>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="84"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="85"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="86"/>
        <source>Forma de pago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <location filename="../../ui/views/payments.py" line="134"/>
        <source>Buscar número o cliente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="140"/>
        <source>Registrar cobro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/payments.py" line="146"/>
        <source>&lt;h2&gt;Cobros pendientes&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/payments.py" line="160"/>
        <source>%n factura(s) pendiente(s) · Pendiente: {0}</source>
        <translation>
            <numerusform>%n factura pendiente · Pendiente: {0}</numerusform>
            <numerusform>%n facturas pendientes · Pendiente: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="62"/>
        <source>Vista previa no disponible (falta el módulo QtPdf).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/views/products.py" line="46"/>
        <source>Editar producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="46"/>
        <source>Nuevo producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="50"/>
        <source>h, ud., mes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="68"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="69"/>
        <source>Código</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="70"/>
        <source>Unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="71"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="72"/>
        <source>IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="98"/>
        <source>Precio: escriba un importe, por ejemplo 85,50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/models/product_list.py" line="62"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="62"/>
        <source>Código</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="62"/>
        <source>Unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="62"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_list.py" line="62"/>
        <source>IVA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../ui/views/products.py" line="127"/>
        <source>Buscar por nombre o código…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="133"/>
        <source>Nuevo producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="135"/>
        <source>Editar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="142"/>
        <source>&lt;h2&gt;Productos y servicios&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="108"/>
        <source>Rectificar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="110"/>
        <source>p. ej. error en el precio de la línea 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="116"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="117"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="121"/>
        <source>Crear rectificativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="122"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="126"/>
        <source>Se creará un borrador rectificativo con las líneas actuales para que las corrija.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="137"/>
        <source>Error fundado en derecho (art. 80.Uno, Dos y Seis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="138"/>
        <source>Concurso de acreedores (art. 80.Tres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="139"/>
        <source>Créditos incobrables (art. 80.Cuatro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="140"/>
        <source>Otras causas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="141"/>
        <source>Rectificación de factura simplificada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_dialogs.py" line="149"/>
        <source>Indique el motivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports.py" line="132"/>
        <source>Año completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="134"/>
        <source>{n}.º trimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="136"/>
        <source>Actualizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="137"/>
        <source>Exportar libro (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="138"/>
        <source>Exportar libro (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="139"/>
        <source>Paquete trimestral para la gestoría…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="150"/>
        <source>Libro de facturas expedidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="151"/>
        <source>IVA (303) e IRPF (130)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="152"/>
        <source>Modelo 347</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="153"/>
        <source>Modelo 349</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="165"/>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="167"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="199"/>
        <source>Calculando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="217"/>
        <source>Elija un trimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="221"/>
        <source>{n} facturas en el libro del periodo {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="257"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="259"/>
        <source>Exportar libro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="276"/>
        <source>Carpeta para el paquete de la gestoría</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="296"/>
        <source>Guardado en {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="202"/>
        <source>Guardar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="212"/>
        <source>&lt;h2&gt;Datos del negocio&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="214"/>
        <source>Nombre o razón social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="215"/>
        <source>Nombre comercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="216"/>
        <source>País</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="217"/>
        <source>NIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="218"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="219"/>
        <source>Código postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="220"/>
        <source>Ciudad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="221"/>
        <source>Correo electrónico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="222"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="223"/>
        <source>Serie de facturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="224"/>
        <source>IVA por defecto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="225"/>
        <source>IRPF por defecto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="226"/>
        <source>Idioma de los documentos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="227"/>
        <source>Logotipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="231"/>
        <source>&lt;h2&gt;Aplicación&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="232"/>
        <source>Idioma de la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="233"/>
        <source>El cambio de idioma se aplica al reiniciar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="266"/>
        <source>Cambios guardados.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>No se pueden abrir los datos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>Borrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>Emitida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>Enviada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>Cobro parcial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Cobrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77"/>
        <source>Anulada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="39"/>
        <source>Base imponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="40"/>
        <source>IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="41"/>
        <source>Recargo de equivalencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="42"/>
        <source>Retención IRPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="44"/>
        <source>Total factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="45"/>
        <source>Total a pagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="69"/>
        <source>Retención IRPF (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="85"/>
        <source>Base %1 (exenta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="87"/>
        <source>Base al %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="89"/>
        <source>%1 · IVA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/editor_totals.py" line="94"/>
        <source> · RE %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

"""VERI*FACTU: billing records, their chain, XML, submission to AEAT and its answers.

`service` is the use-case facade (VerifactuService); `payload` the stored form of a record; `xml`
the RegFactuSistemaFacturacion documents; `soap` the request, answer and queue policy; `cert` the
client certificate. lxml-based modules are imported only when first needed.
"""

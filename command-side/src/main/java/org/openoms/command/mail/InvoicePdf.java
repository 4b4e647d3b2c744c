package org.openoms.command.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The invoice of an order as a PDF (OpenPDF): the billing address, one row per line, shipping, discounts and
 * surcharges, and the total, in the order's currency. Made from the order as it was placed.
 */
final class InvoicePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private InvoicePdf() {
    }

    static byte[] of(String merchant, String orderNumber, JsonNode invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Invoice " + orderNumber, TITLE));
            document.add(new Paragraph(merchant, TEXT));
            document.add(new Paragraph(" ", TEXT));
            JsonNode billing = invoice.path("billingAddress");
            document.add(new Paragraph("Bill to", BOLD));
            for (String field : new String[]{"name", "line1", "line2", "city", "region", "postalCode", "countryCode"}) {
                if (!billing.path(field).asText("").isBlank()) {
                    document.add(new Paragraph(billing.path(field).asText(), TEXT));
                }
            }
            document.add(new Paragraph(" ", TEXT));
            String currency = invoice.path("currency").asText();
            PdfPTable table = new PdfPTable(new float[]{3, 6, 1.5f, 2, 2});
            table.setWidthPercentage(100);
            for (String heading : new String[]{"SKU", "Description", "Qty", "Unit price", "Amount"}) {
                table.addCell(cell(heading, BOLD, Element.ALIGN_LEFT));
            }
            for (JsonNode line : invoice.path("lines")) {
                BigDecimal unit = line.path("unitPrice").path("amount").decimalValue();
                int quantity = line.path("quantity").asInt();
                table.addCell(cell(line.path("sku").path("value").asText(), TEXT, Element.ALIGN_LEFT));
                table.addCell(cell(line.path("description").asText(""), TEXT, Element.ALIGN_LEFT));
                table.addCell(cell(Integer.toString(quantity), TEXT, Element.ALIGN_RIGHT));
                table.addCell(cell(money(unit), TEXT, Element.ALIGN_RIGHT));
                table.addCell(cell(money(unit.multiply(BigDecimal.valueOf(quantity))), TEXT, Element.ALIGN_RIGHT));
            }
            document.add(table);
            document.add(new Paragraph(" ", TEXT));
            JsonNode totals = invoice.path("totals");
            total(document, "Shipping", totals.path("shipping"), false);
            total(document, "Surcharges (tax included)", totals.path("surcharges"), false);
            total(document, "Discounts", totals.path("discounts"), false);
            total(document, "Total (" + currency + ")", totals.path("total"), true);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the invoice of " + orderNumber + " could not be made", e);
        }
        return out.toByteArray();
    }

    private static void total(Document document, String label, JsonNode money, boolean bold) throws DocumentException {
        BigDecimal amount = money.path("amount").decimalValue();
        if (amount.signum() == 0 && !bold) {
            return;
        }
        Paragraph line = new Paragraph(label + ": " + money(amount), bold ? BOLD : TEXT);
        line.setAlignment(Element.ALIGN_RIGHT);
        document.add(line);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}

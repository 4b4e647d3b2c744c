package org.openoms.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    private static List<OnlineRetailRow> rows(String... lines) {
        try {
            return OnlineRetailImport.read(new StringReader(HEADER + String.join("\n", lines)), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportPlan plan(String... lines) {
        return ImportPlan.of(rows(lines));
    }

    @Test
    void readsQuotedFieldsWithCommasAndQuotes() {
        var row = rows("536365,85123A,\"HEART, \"\"WHITE\"\"\",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom").get(0);
        assertThat(row.description()).isEqualTo("HEART, \"WHITE\"");
        assertThat(row.customerId()).isEqualTo("17850");
        assertThat(row.country()).isEqualTo("United Kingdom");
    }

    @Test
    void readsEveryRowOfTheOnlineRetailFileAsPythonsCsvModuleDoes() throws IOException {
        // 541,909 data rows, counted independently with Python's csv module
        assertThat(OnlineRetailImport.read(java.nio.file.Path.of("../../shared/datasets/online-retail/online_retail.csv")))
                .hasSize(541_909);
    }

    @Test
    void aFileWithoutTheOnlineRetailHeaderIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> OnlineRetailImport.read(new StringReader("a,b\n1,2"), "other.csv"))
                .isInstanceOf(IOException.class).hasMessageContaining("other.csv is not the Online Retail file");
    }

    @Test
    void anInvoiceBecomesAnOrderPlacedAtItsUkTimeWithItsSaleLinesOnly() {
        var plan = plan("536365,85123A,WHITE HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
                "536365,71053,,0,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
                "536365,84406B,CUPID COAT HANGER,8,2010-12-01 08:26:00,0,17850.0,United Kingdom",
                "536366,22633,HAND WARMER,6,2011-07-01 09:00:00,1.85,,France");
        assertThat(plan.orders).hasSize(2);
        var first = plan.orders.get(0);
        assertThat(first.orderId()).isEqualTo("OR-536365");
        assertThat(first.customerId()).isEqualTo("17850");
        assertThat(first.lines()).extracting(ImportPlan.Line::stockCode).containsExactly("85123A");
        assertThat(first.placedAt()).isEqualTo(Instant.parse("2010-12-01T08:26:00Z"));
        // British Summer Time in July
        assertThat(plan.orders.get(1).placedAt()).isEqualTo(Instant.parse("2011-07-01T08:00:00Z"));
        assertThat(plan.orders.get(1).customerId()).isNull();
        assertThat(plan.skipped().writeOffLines()).isEqualTo(2);
    }

    @Test
    void aCancellationLineBecomesAReturnOfTheCustomersLatestOrderWithThatItem() {
        var plan = plan("1,MUG,MUG,4,2011-01-01 10:00:00,2.00,1.0,United Kingdom",
                "2,MUG,MUG,2,2011-01-02 10:00:00,2.50,1.0,United Kingdom",
                "2,POT,POT,1,2011-01-02 10:00:00,9.00,1.0,United Kingdom",
                "C3,MUG,MUG,-2,2011-01-03 10:00:00,2.50,1.0,United Kingdom",
                "C3,MUG,MUG,-3,2011-01-03 10:00:00,2.00,1.0,United Kingdom",
                "C4,POT,POT,-1,2011-01-04 10:00:00,9.00,,United Kingdom",
                "C4,LAMP,LAMP,-1,2011-01-04 10:00:00,5.00,1.0,United Kingdom");
        assertThat(plan.returns).hasSize(2);
        assertThat(plan.returns.get(0).returnId()).isEqualTo("RMA-C3-2");
        assertThat(plan.returns.get(0).refund()).isEqualByComparingTo("5.00");
        assertThat(plan.returns.get(1).returnId()).isEqualTo("RMA-C3-1");
        assertThat(plan.returns.get(1).lines()).containsExactly(new ImportPlan.ReturnLine(1, 3,
                new java.math.BigDecimal("2.00")));
        var skipped = plan.skipped();
        assertThat(skipped.guestCancellationLines()).isEqualTo(1);
        assertThat(skipped.unmatchedCancellationLines()).isEqualTo(1);
        assertThat(skipped.unmatchedCancellationValue()).isEqualByComparingTo("5.00");
    }

    @Test
    void neverReturnsMoreThanWasSold() {
        var plan = plan("1,MUG,MUG,2,2011-01-01 10:00:00,2.00,1.0,United Kingdom",
                "C2,MUG,MUG,-1,2011-01-03 10:00:00,2.00,1.0,United Kingdom",
                "C2,MUG,MUG,-1,2011-01-03 10:00:00,2.00,1.0,United Kingdom",
                "C3,MUG,MUG,-1,2011-01-04 10:00:00,2.00,1.0,United Kingdom");
        assertThat(plan.returns).hasSize(1);
        assertThat(plan.returns.get(0).lines()).containsExactly(new ImportPlan.ReturnLine(1, 2,
                new java.math.BigDecimal("2.00")));
        assertThat(plan.skipped().unmatchedCancellationLines()).isEqualTo(1);
    }

    @Test
    void knowsTheFilesCountryNames() {
        assertThat(Countries.code("EIRE")).isEqualTo("IE");
        assertThat(Countries.code("United Kingdom")).isEqualTo("GB");
        assertThat(Countries.code("RSA")).isEqualTo("ZA");
        assertThat(Countries.code("European Community")).isEqualTo("XX");
    }

    @Test
    void anInvoiceThatComesBackLaterInTheFileIsStillOneOrder() {
        var plan = plan("542806,MUG,MUG,1,2011-02-01 10:00:00,2.00,1.0,United Kingdom",
                "542807,POT,POT,1,2011-02-01 10:01:00,9.00,2.0,United Kingdom",
                "542806,LAMP,LAMP,2,2011-02-01 10:00:00,5.00,1.0,United Kingdom");
        assertThat(plan.orders).extracting(ImportPlan.Order::invoiceNo).containsExactly("542806", "542807");
        assertThat(plan.orders.get(0).lines()).extracting(ImportPlan.Line::stockCode).containsExactly("MUG", "LAMP");
    }
}

package org.openoms.command.order;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Human order numbers for customer service ("SO-0001234"), from a database sequence. */
@Component
public class OrderNumbers {

    private final JdbcTemplate jdbc;

    public OrderNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next() {
        Long value = jdbc.queryForObject("SELECT nextval('order_number_seq')", Long.class);
        return String.format("SO-%07d", value);
    }
}

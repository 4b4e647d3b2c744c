package org.openoms.projections.processing;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each projection event handler behind a savepoint of the batch's transaction. PostgreSQL refuses
 * every further statement of a transaction once one has failed; rolled back to the savepoint, the batch
 * can park the failed event and go on with the rest. The savepoint is set on the JDBC connection the
 * transaction holds (Hibernate's JPA dialect offers none), which is the connection the projections write on.
 */
@Component
public class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final DataSource dataSource;

    public SavepointPerEvent(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().getPackageName().startsWith("org.openoms.projections")) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    Savepoint savepoint = connection.setSavepoint();
                    try {
                        Object result = super.handle(message, target);
                        connection.releaseSavepoint(savepoint);
                        return result;
                    } catch (Exception e) {
                        connection.rollback(savepoint);
                        throw e;
                    }
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
        };
    }
}

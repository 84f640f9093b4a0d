package dev.kubelab.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A server-wide value that must survive restarts. */
@Entity
@Table(name = "app_setting")
public class AppSetting extends PanacheEntityBase {
    @Id
    public String name;

    @Column(nullable = false)
    public String value;
}

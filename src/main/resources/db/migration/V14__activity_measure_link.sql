-- activities and commitments were built side by side; now that both exist, a link must point at a real measure
delete from activity_measure am where not exists (select 1 from agreed_measure m where m.id = am.measure_id);
alter table activity_measure add constraint activity_measure_measure
    foreign key (measure_id) references agreed_measure (id);
